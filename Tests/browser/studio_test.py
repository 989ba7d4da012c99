#!/usr/bin/env python3
"""The persona studio in a real browser (headless Chromium driven by Selenium).

Starts `standin serve` on a fresh personas folder, then, as brand staff: signs in, creates a
persona, saves it, types a banned phrase into the greeting and sees the guardrail message
beside it, fixes it, renders a preview still and checks it is a real frame, saves, publishes
and sees the published version listed. Leaves a screenshot of the editor in
out/test-artifacts/. Exits non-zero, loudly, on any failure, including a missing browser.

Usage: studio_test.py STANDIN_BINARY
"""
import os
import shutil
import socket
import subprocess
import sys
import tempfile
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


def run(driver, base, folder):
    wait = WebDriverWait(driver, 20)
    driver.get(base + "/login")
    driver.find_element(By.ID, "name").send_keys("lin")
    driver.find_element(By.ID, "password").send_keys("tea-pass")
    driver.find_element(By.ID, "sign-in").click()
    wait.until(EC.url_contains("/studio/personas"))
    print("signed in")

    driver.find_element(By.CSS_SELECTOR, 'form.new input[name="id"]').send_keys("ava")
    driver.find_element(By.CSS_SELECTOR, "form.new button").click()
    wait.until(EC.presence_of_element_located((By.ID, "editor")))
    wait.until(EC.text_to_be_present_in_element((By.ID, "status"), "No problems"))
    driver.find_element(By.ID, "note").send_keys("first draft of Ava")
    driver.find_element(By.ID, "save").click()
    wait.until(EC.url_contains("?saved=1"))
    print("created version 1")

    set_field(driver, "guardrails.banned", "bargain")
    set_field(driver, "greeting", "Welcome to the bargain corner, I'm {{host}}.")
    wait.until(lambda d: problems_for(d, "greeting"))
    problem = problems_for(driver, "greeting")[0]
    if problem.get_attribute("data-rule") != "banned" or problem.get_attribute("data-phrase") != "bargain":
        fail(f"the greeting's problem names the wrong rule or phrase: {problem.text!r}")
    if "bargain" not in problem.text or "banned" not in problem.text:
        fail(f"the message beside the greeting does not show the rule and phrase: {problem.text!r}")
    print("guardrail message shown:", problem.text)

    set_field(driver, "greeting", "Welcome to our tea corner, I'm {{host}}.")
    wait.until(lambda d: not problems_for(d, "greeting"))
    wait.until(EC.text_to_be_present_in_element((By.ID, "status"), "No problems"))
    print("fixed")

    started = time.time()
    driver.find_element(By.ID, "preview-png").click()
    wait.until(lambda d: d.execute_script(
        "const i = document.getElementById('preview-image'); return i.complete && i.naturalWidth > 0;"))
    print(f"preview still loaded in {time.time() - started:.2f} s")
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

    os.makedirs(ARTIFACTS, exist_ok=True)
    screenshot = os.path.join(ARTIFACTS, "studio-editor.png")
    driver.execute_script("window.scrollTo(0, 0);")
    driver.save_screenshot(screenshot)
    print("screenshot:", screenshot)

    driver.find_element(By.ID, "note").send_keys("warmer greeting")
    driver.find_element(By.ID, "save").click()
    wait.until(EC.url_contains("?saved=2"))
    driver.find_element(By.ID, "publish").click()
    wait.until(EC.url_contains("?published=2"))
    wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, 'tr.version[data-version="2"][data-action="publish"]')))
    heading = driver.find_element(By.TAG_NAME, "h1").text
    if "published v2" not in heading:
        fail(f"the editor does not say v2 is published: {heading!r}")
    pointer = open(os.path.join(folder, "personas", "hillside", "ava.published")).read().strip()
    if pointer != "2":
        fail(f"the published pointer says {pointer!r}, not 2")

    driver.get(base + "/personas")
    row = driver.find_element(By.CSS_SELECTOR, 'tr[data-persona="ava"]').text
    if "v2" not in row or "publish by lin" not in row:
        fail(f"the persona list does not show the published version 2: {row!r}")
    print("published version listed:", row)


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
    print("studio browser test: signed in, flagged, fixed, previewed, published")
    print("browser: 1 passed, 0 failed")


if __name__ == "__main__":
    main()
