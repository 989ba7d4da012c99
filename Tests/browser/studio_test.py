#!/usr/bin/env python3
"""The persona studio in a real browser (headless Chromium driven by Selenium).

Starts `standin serve` on a fresh personas folder, then, as brand staff: signs in, creates a
persona from a display name (the id made in the page, its pattern checked by the browser),
inserts {{host}} with a button and sees the line as said, bans a word and sees the message
written for staff beside the greeting, fixes it, checks Save and the live picture stay in view
while scrolling, renders a preview still and checks it is a real frame, uploads a picture
named "Mug Photo.PNG", publishes after the confirmation, sees a page on another origin fail
to publish, restores and publishes version 1 in one step, and checks the page fits 400 px.
Leaves screenshots in out/test-artifacts/. Exits non-zero, loudly, on any failure,
including a missing browser.

Usage: studio_test.py STANDIN_BINARY
"""
import http.server
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import WebDriverWait

REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
ARTIFACTS = os.path.join(REPO, "out", "test-artifacts")


def fail(message):
    print(f"studio browser test: FAILED: {message}", file=sys.stderr)
    sys.exit(1)


def find_browser():
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    driver = shutil.which("chromedriver")
    if not browser or not driver:
        fail("chromium and chromedriver are required (Debian: chromium chromium-driver; scripts/setup installs them)")
    return browser, driver


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(binary, folder):
    password_hash = subprocess.run([binary, "serve", "hash-password", "--cost", "4"], input="tea-pass",
                                   capture_output=True, text=True, check=True).stdout.strip()
    users = os.path.join(folder, "users.yaml")
    with open(users, "w") as f:
        f.write(f"users:\n  - {{name: lin, brand: hillside, role: staff, password_bcrypt: '{password_hash}'}}\n")
    os.makedirs(os.path.join(folder, "personas"))
    port = free_port()
    log = open(os.path.join(folder, "serve.log"), "w")
    server = subprocess.Popen([binary, "serve", "--users", users, "--personas", os.path.join(folder, "personas"),
                               "--catalog", os.path.join(REPO, "assets/demo/catalog-en.yaml"), "--port", str(port)],
                              stdout=log, stderr=subprocess.STDOUT)
    deadline = time.time() + 30
    while time.time() < deadline:
        if server.poll() is not None:
            fail("standin serve exited: " + open(log.name).read())
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return server, f"http://127.0.0.1:{port}/studio", log.name
        except OSError:
            time.sleep(0.1)
    server.kill()
    fail("standin serve did not start listening within 30 s")


def open_browser(browser, driver_path):
    options = webdriver.ChromeOptions()
    options.binary_location = browser
    for argument in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1400,2200"]:
        options.add_argument(argument)
    return webdriver.Chrome(service=Service(executable_path=driver_path), options=options)


def set_field(driver, key, text):
    field = driver.find_element(By.ID, "f-" + key)
    field.clear()
    field.send_keys(text)


def problems_for(driver, key):
    return driver.find_elements(By.CSS_SELECTOR, f'ul.problems[data-for="{key}"] li.problem')


def shot(driver, name):
    os.makedirs(ARTIFACTS, exist_ok=True)
    path = os.path.join(ARTIFACTS, name)
    driver.save_screenshot(path)
    print("screenshot:", path)


def accept_confirmation(driver, wait, expected):
    alert = wait.until(EC.alert_is_present())
    if expected not in alert.text:
        fail(f"the confirmation says {alert.text!r}, not {expected!r}")
    alert.accept()


def published_pointer(folder):
    path = os.path.join(folder, "personas", "hillside", "sunny-kitchen-host.published")
    return open(path).read().strip() if os.path.exists(path) else None


def forge_from_another_origin(driver, base, folder):
    """A page on another port of the same host (same site: the SameSite=Strict cookie is sent)
    tries to publish version 1 with fetch and with a form. Both must be refused."""
    target = base + "/api/brands/hillside/personas/sunny-kitchen-host/publish"
    page = f"""<!doctype html><html><body><p id="state">forging</p>
<form id="forge" method="post" action="{target}" enctype="text/plain"><input name='{{"version":1,"x":"' value='"}}'></form>
<script>
fetch("{target}", {{method: "POST", credentials: "include", mode: "no-cors",
  headers: {{"Content-Type": "text/plain"}}, body: '{{"version":1}}'}})
  .finally(() => {{ document.getElementById("state").textContent = "fetched"; document.getElementById("forge").submit(); }});
</script></body></html>"""

    class Evil(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            body = page.encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    evil = http.server.HTTPServer(("127.0.0.1", free_port()), Evil)
    threading.Thread(target=evil.serve_forever, daemon=True).start()
    before = published_pointer(folder)
    try:
        driver.get(f"http://127.0.0.1:{evil.server_address[1]}/")
        WebDriverWait(driver, 20).until(lambda d: "/studio/" in d.current_url)   # the form landed on the studio
        time.sleep(0.5)
        refused = driver.find_element(By.TAG_NAME, "body").text
    finally:
        evil.shutdown()
    after = published_pointer(folder)
    if after != before:
        fail(f"a page on another origin published version {after} (was {before})")
    if "refused" not in refused:
        fail(f"the forged form post was not refused: {refused[:200]!r}")
    print(f"forged publish from http://127.0.0.1:{evil.server_address[1]} refused; on air still v{before}")


def run(driver, base, folder):
    wait = WebDriverWait(driver, 20)
    started = time.time()
    driver.get(base + "/login")
    driver.find_element(By.ID, "name").send_keys("lin")
    driver.find_element(By.ID, "password").send_keys("tea-pass")
    driver.find_element(By.ID, "sign-in").click()
    wait.until(EC.url_contains("/studio/personas"))
    print("signed in")

    # Create from the host's name: the id is made in the page, and the browser's own check runs.
    driver.find_element(By.CSS_SELECTOR, "form.new .new-name").send_keys("Sunny Kitchen Host")
    id_field = driver.find_element(By.CSS_SELECTOR, "form.new .new-id")
    wait.until(lambda d: id_field.get_attribute("value") == "sunny-kitchen-host")
    if driver.execute_script("return arguments[0].validity.valid && arguments[0].willValidate;", id_field) is not True:
        fail("the id field's pattern does not validate in the browser")
    id_field.send_keys(" X")
    if driver.execute_script("return arguments[0].validity.patternMismatch;", id_field) is not True:
        fail("the browser does not flag an id with a space and a capital (its pattern does not compile?)")
    id_field.clear()
    id_field.send_keys("sunny-kitchen-host")
    driver.find_element(By.CSS_SELECTOR, "form.new button").click()
    wait.until(EC.presence_of_element_located((By.ID, "editor")))
    if driver.find_element(By.ID, "f-display_name").get_attribute("value") != "Sunny Kitchen Host":
        fail("the new persona does not carry the host's name")
    wait.until(EC.text_to_be_present_in_element((By.ID, "status"), "No problems"))
    # The live picture appears without asking.
    wait.until(lambda d: d.execute_script(
        "const i = document.getElementById('preview-image'); return i.complete && i.naturalWidth > 0;"))
    driver.find_element(By.ID, "note").send_keys("first draft")
    driver.find_element(By.ID, "save").click()
    wait.until(EC.url_contains("?saved=1"))
    if "Saved as version 1" not in driver.find_element(By.ID, "notice").text:
        fail("no message says version 1 was saved")
    print("created version 1 from the name 'Sunny Kitchen Host'")

    # Edit with an insert button: the greeting gets {{host}} where the cursor is, and the line is shown as said.
    greeting = driver.find_element(By.ID, "f-greeting")
    greeting.clear()
    greeting.send_keys("Welcome to the bargain corner, I'm ")
    driver.find_element(By.CSS_SELECTOR, '.inserts[data-for="f-greeting"] button.insert[data-text="{{host}}"]').click()
    if "I'm {{host}}" not in greeting.get_attribute("value"):
        fail(f"the insert button did not put {{{{host}}}} in the greeting: {greeting.get_attribute('value')!r}")
    wait.until(lambda d: "bargain corner, I'm Sunny Kitchen Host" in d.find_element(By.CSS_SELECTOR, 'p.example[data-for="greeting"]').text)
    print("inserted {{host}}; shown as said:", driver.find_element(By.CSS_SELECTOR, 'p.example[data-for="greeting"]').text)

    set_field(driver, "guardrails.banned", "bargain")
    wait.until(lambda d: problems_for(d, "greeting"))
    problem = problems_for(driver, "greeting")[0]
    if problem.get_attribute("data-rule") != "banned" or problem.get_attribute("data-phrase") != "bargain":
        fail(f"the greeting's problem names the wrong rule or phrase: {problem.text!r}")
    if problem.text.count("bargain") != 1 or "banned words" not in problem.text or "rule '" in problem.text:
        fail(f"the message beside the greeting is not written for staff, once: {problem.text!r}")
    print("guardrail message shown:", problem.text)
    shot(driver, "studio-guardrail.png")

    set_field(driver, "greeting", "Welcome to our kitchen, I'm {{host}}.")
    wait.until(lambda d: not problems_for(d, "greeting"))
    wait.until(EC.text_to_be_present_in_element((By.ID, "status"), "No problems"))
    print("fixed")

    # The actions and the picture stay in view while the fields scroll.
    driver.execute_script("window.scrollTo(0, document.body.scrollHeight);")
    time.sleep(0.3)
    in_view = driver.execute_script("""
        const inView = (el) => { const r = el.getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; };
        return [inView(document.getElementById('save')), document.getElementById('preview-image').getBoundingClientRect().top < innerHeight];""")
    if in_view != [True, True]:
        fail(f"after scrolling to the bottom, Save / the picture are not in view: {in_view}")
    driver.execute_script("window.scrollTo(0, 0);")

    started_preview = time.time()
    driver.find_element(By.ID, "preview-png").click()
    wait.until(EC.text_to_be_present_in_element((By.ID, "preview-status"), "Rendered"))
    print(f"preview still rendered in {time.time() - started_preview:.2f} s")
    size = driver.execute_script(
        "const i = document.getElementById('preview-image'); return [i.naturalWidth, i.naturalHeight];")
    if size != [720, 1280]:
        fail(f"the preview still is {size}, not a 720x1280 frame")
    colours = driver.execute_script("""
        const image = document.getElementById('preview-image');
        const canvas = document.createElement('canvas');
        canvas.width = image.naturalWidth; canvas.height = image.naturalHeight;
        const context = canvas.getContext('2d');
        context.drawImage(image, 0, 0);
        const pixels = context.getImageData(0, 0, canvas.width, canvas.height).data;
        const seen = new Set();
        for (let i = 0; i < pixels.length; i += 4 * 97) seen.add(pixels[i] << 16 | pixels[i + 1] << 8 | pixels[i + 2]);
        const background = pixels[0] << 16 | pixels[1] << 8 | pixels[2];
        return [seen.size, background];""")
    if colours[0] < 20:
        fail(f"the preview still has only {colours[0]} colours: not a rendered frame")
    if colours[1] != 0xF4ECE1:
        fail(f"the preview's corner is #{colours[1]:06X}, not the persona's background #F4ECE1")
    print(f"preview is a real frame: {size[0]}x{size[1]}, {colours[0]} colours sampled")
    shot(driver, "studio-editor.png")

    # Upload a product picture under an ordinary file name.
    picture = os.path.join(folder, "Mug Photo.PNG")
    shutil.copy(os.path.join(REPO, "assets/demo/images/mug.png"), picture)
    driver.find_element(By.ID, "image-file").send_keys(picture)
    driver.find_element(By.ID, "upload-image").click()
    wait.until(EC.text_to_be_present_in_element((By.ID, "message"), "images/mug-photo.png"))
    print("uploaded 'Mug Photo.PNG':", driver.find_element(By.ID, "message").text)

    driver.find_element(By.ID, "note").send_keys("kitchen greeting")
    driver.find_element(By.ID, "save").click()
    wait.until(EC.url_contains("?saved=2"))
    driver.find_element(By.ID, "publish").click()
    accept_confirmation(driver, wait, "Put version 2 on air?")
    wait.until(EC.url_contains("?published=2"))
    on_air = driver.find_element(By.ID, "on-air").text
    if "On air: version 2" not in on_air or "Version 2 is on air" not in driver.find_element(By.ID, "notice").text:
        fail(f"the editor does not say plainly that v2 is on air: {on_air!r}")
    if published_pointer(folder) != "2":
        fail(f"the published pointer says {published_pointer(folder)!r}, not 2")
    print("published v2 after confirming:", on_air)

    forge_from_another_origin(driver, base, folder)
    driver.get(base + "/brands/hillside/personas/sunny-kitchen-host")

    # Restore and publish version 1 in one step.
    wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, 'button.restore-publish[data-version="1"]'))).click()
    accept_confirmation(driver, wait, "Make version 1 the newest version and put it on air?")
    wait.until(EC.url_contains("?published=3"))
    if published_pointer(folder) != "3" or "On air: version 3" not in driver.find_element(By.ID, "on-air").text:
        fail("restore and publish did not put the copy of version 1 (v3) on air")
    greeting = driver.find_element(By.ID, "f-greeting").get_attribute("value")
    if "bargain" in greeting or "kitchen" in greeting:
        fail(f"version 3 is not a copy of version 1: {greeting!r}")
    print("restored v1 as v3 and published it")

    # A phone-width window: nothing scrolls sideways.
    driver.set_window_size(400, 900)
    time.sleep(0.5)
    widths = driver.execute_script("return [document.documentElement.scrollWidth, document.documentElement.clientWidth];")
    if widths[0] > widths[1]:
        fail(f"at 400 px the page scrolls sideways: content {widths[0]} px wide in {widths[1]} px")
    shot(driver, "studio-editor-400px.png")
    driver.set_window_size(1400, 2200)

    driver.get(base + "/personas")
    row = driver.find_element(By.CSS_SELECTOR, 'tr[data-persona="sunny-kitchen-host"]').text
    if "v3" not in row or "publish by lin" not in row:
        fail(f"the persona list does not show the published version 3: {row!r}")
    print("published version listed:", row)
    print(f"the whole path took {time.time() - started:.1f} s")


def main():
    if len(sys.argv) != 2:
        fail("usage: studio_test.py STANDIN_BINARY")
    binary = os.path.abspath(sys.argv[1])
    if not os.access(binary, os.X_OK):
        fail(f"{binary} is not an executable: build first")
    browser, driver_path = find_browser()
    folder = tempfile.mkdtemp(prefix="standin-studio-browser-")
    server, base, log = start_server(binary, folder)
    driver = None
    try:
        driver = open_browser(browser, driver_path)
        run(driver, base, folder)
    except SystemExit:
        raise
    except Exception as error:  # report any Selenium timeout or error as a failure with the server's log
        if driver is not None:
            os.makedirs(ARTIFACTS, exist_ok=True)
            driver.save_screenshot(os.path.join(ARTIFACTS, "studio-failure.png"))
        fail(f"{type(error).__name__}: {error}\nserver log:\n{open(log).read()[-3000:]}")
    finally:
        if driver is not None:
            driver.quit()
        server.terminate()
        server.wait(timeout=10)
        shutil.rmtree(folder, ignore_errors=True)
    print("studio browser test: signed in, created from a name, inserted, flagged, fixed, previewed, uploaded, "
          "published, forgery refused, restored and published, fits 400 px")
    print("browser: 1 passed, 0 failed")


if __name__ == "__main__":
    main()
