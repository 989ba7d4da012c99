/// The pages' script: on the list, the new persona's id made from the host's name; in the
/// editor, live checks and a live picture as the author types, inserts, save, publish,
/// restore, previews and uploads. Plain JavaScript, served as is (no build step, nothing from
/// elsewhere, no inline handlers: the Content-Security-Policy allows only this file).
enum StudioScript {
    static let source = #"""
    "use strict";
    (function () {
      const $ = (id) => document.getElementById(id);
      const meta = document.querySelector('meta[name="csrf-token"]');
      // Every request that changes something carries the session's token (CSRF).
      const token = meta ? meta.content : "";
      async function errorText(response) {
        try { return (await response.json()).error || response.statusText; } catch (e) { return response.statusText; }
      }

      // The list: the id follows the host's name (through pinyin for Chinese) until the author types one.
      document.querySelectorAll("form.new").forEach((form) => {
        const name = form.querySelector(".new-name"), id = form.querySelector(".new-id");
        let typed = id.value !== "", timer = null;
        id.addEventListener("input", () => { typed = id.value !== ""; id.reportValidity(); });
        name.addEventListener("input", () => {
          if (typed) return;
          clearTimeout(timer);
          timer = setTimeout(async () => {
            const response = await fetch("/studio/api/brands/" + encodeURIComponent(form.dataset.brand)
              + "/persona-id?name=" + encodeURIComponent(name.value), { credentials: "same-origin" });
            if (response.ok && !typed) id.value = (await response.json()).id;
          }, 250);
        });
      });

      const editor = $("editor");
      if (!editor) return;
      const api = editor.dataset.api;
      $("fields").addEventListener("submit", (event) => event.preventDefault());

      function fields() {
        const values = {};
        editor.querySelectorAll("[data-field]").forEach((el) => { values[el.dataset.field] = el.value; });
        return values;
      }
      function post(path, body) {
        return fetch(api + path, { method: "POST", credentials: "same-origin",
          headers: { "Content-Type": "application/json", "X-CSRF-Token": token }, body: JSON.stringify(body) });
      }
      function say(text, isError) {
        const message = $("message");
        message.textContent = text;
        message.className = isError ? "message error" : "message";
      }

      // Live checks: the server runs `standin persona validate`'s checks on the fields, and
      // shows each template line as said for the chosen product.
      let timer = null, sequence = 0;
      function scheduleCheck() { clearTimeout(timer); timer = setTimeout(check, 300); }
      async function check() {
        const mine = ++sequence;
        const response = await post("/check", { fields: fields(), product: $("product").value });
        if (mine !== sequence) return;
        if (!response.ok) { say(await errorText(response), true); return; }
        const answer = await response.json();
        show(answer.problems);
        showExamples(answer.examples || {});
        schedulePicture();
      }
      function show(problems) {
        document.querySelectorAll("ul.problems").forEach((list) => { list.textContent = ""; });
        for (const problem of problems) {
          const list = document.querySelector('ul.problems[data-for="' + CSS.escape(problem.field) + '"]')
            || document.querySelector('ul.problems[data-for="general"]');
          const item = document.createElement("li");
          item.className = "problem";
          item.dataset.rule = problem.rule || "";
          item.dataset.phrase = problem.phrase || "";
          item.textContent = problem.message;
          list.appendChild(item);
          const folded = list.closest("details");
          if (folded) folded.open = true;
        }
        editor.dataset.problems = String(problems.length);
        $("status").textContent = problems.length === 0 ? "No problems: ready to save and publish."
          : problems.length + (problems.length === 1 ? " problem" : " problems") + " to fix before publishing (you can save a draft).";
        $("status").className = problems.length === 0 ? "status ok" : "status bad";
      }
      function showExamples(examples) {
        const product = $("product").selectedOptions[0].textContent;
        document.querySelectorAll("p.example").forEach((el) => {
          const text = examples[el.dataset.for];
          el.textContent = text ? "Said with " + product + ": “" + text + "”" : "";
        });
      }

      // The picture beside the fields follows the edits (one request at a time).
      let pictureTimer = null, pictureBusy = false, pictureAgain = false;
      function schedulePicture() { clearTimeout(pictureTimer); pictureTimer = setTimeout(picture, 700); }
      async function picture() {
        if (pictureBusy) { pictureAgain = true; return; }
        pictureBusy = true;
        try {
          const response = await post("/preview/png", { fields: fields(), product: $("product").value });
          if (response.ok) {
            const image = $("preview-image");
            URL.revokeObjectURL(image.src);
            image.src = URL.createObjectURL(await response.blob());
            image.style.display = "block";
            $("preview-status").textContent = "";
          } else if (response.status !== 429) {
            $("preview-status").textContent = await errorText(response);
          }
        } finally {
          pictureBusy = false;
          if (pictureAgain) { pictureAgain = false; schedulePicture(); }
        }
      }

      editor.addEventListener("input", (event) => {
        const el = event.target;
        if (el.classList.contains("swatch")) {
          $(el.dataset.for).value = el.value.toUpperCase();
        } else if (el.type === "range" && el.nextElementSibling) {
          el.nextElementSibling.textContent = el.value;
        }
        if (el.dataset.field || el.classList.contains("swatch")) scheduleCheck();
      });
      $("product").addEventListener("change", () => { check(); });
      editor.querySelectorAll("button.insert").forEach((button) => button.addEventListener("click", () => {
        const field = $(button.parentElement.dataset.for);
        const start = field.selectionStart ?? field.value.length, end = field.selectionEnd ?? start;
        field.value = field.value.slice(0, start) + button.dataset.text + field.value.slice(end);
        field.focus();
        field.selectionStart = field.selectionEnd = start + button.dataset.text.length;
        scheduleCheck();
      }));

      $("save").addEventListener("click", async () => {
        const response = await post("/versions", { fields: fields(), note: $("note").value });
        if (!response.ok) { say(await errorText(response), true); return; }
        const saved = await response.json();
        location.href = editor.dataset.page + "?saved=" + saved.version;
      });
      async function publishVersion(version) {
        const response = await post("/publish", { version: version });
        if (!response.ok) { say(await errorText(response), true); return false; }
        location.href = editor.dataset.page + "?published=" + version;
        return true;
      }
      const publish = $("publish");
      if (publish) publish.addEventListener("click", async () => {
        const version = Number(editor.dataset.latest);
        if (!confirm("Put version " + version + " on air? Viewers hear it from the next segment.")) return;
        await publishVersion(version);
      });
      document.querySelectorAll("button.restore").forEach((button) => button.addEventListener("click", async () => {
        const response = await post("/rollback", { version: Number(button.dataset.version) });
        if (!response.ok) { say(await errorText(response), true); return; }
        const restored = await response.json();
        location.href = editor.dataset.page + "?restored=" + restored.version + "&from=" + button.dataset.version;
      }));
      document.querySelectorAll("button.restore-publish").forEach((button) => button.addEventListener("click", async () => {
        if (!confirm("Make version " + button.dataset.version + " the newest version and put it on air?")) return;
        const response = await post("/rollback", { version: Number(button.dataset.version) });
        if (!response.ok) { say(await errorText(response), true); return; }
        await publishVersion((await response.json()).version);
      }));

      // Previews through the real pipeline.
      const players = { png: $("preview-image"), wav: $("preview-audio"), mp4: $("preview-video") };
      async function preview(kind, line) {
        const started = performance.now();
        $("preview-status").textContent = "Rendering…";
        const response = await post("/preview/" + kind, { fields: fields(), product: $("product").value, line: line });
        if (!response.ok) { $("preview-status").textContent = await errorText(response); return; }
        const url = URL.createObjectURL(await response.blob());
        players[kind].src = url;
        players[kind].style.display = "block";
        if (kind !== "png") players[kind].play().catch(() => {});
        $("preview-status").textContent = "Rendered in " + Math.round(performance.now() - started) + " ms.";
      }
      for (const kind of Object.keys(players)) {
        $("preview-" + kind).addEventListener("click", () => preview(kind, $("line").value));
      }
      const hear = $("hear-voice");
      if (hear) hear.addEventListener("click", () => preview("wav", ($("f-greeting").value.split("\n")[0]) || "Hello."));

      async function upload(path, file) {
        const response = await fetch("/studio/api/brands/" + editor.dataset.brand + path,
          { method: "PUT", credentials: "same-origin", headers: { "X-CSRF-Token": token }, body: file });
        if (!response.ok) throw new Error(file.name + ": " + await errorText(response));
        return response.json();
      }
      $("upload-sprites").addEventListener("click", async () => {
        const pack = $("sprite-pack-name").value;
        try {
          for (const file of $("sprite-files").files) await upload("/sprites/" + pack + "/" + file.name, file);
          $("f-look.sprite_pack").value = "sprites/" + pack;
          say("Uploaded the layers of sprites/" + pack + ".", false);
          scheduleCheck();
        } catch (error) { say(error.message, true); }
      });
      $("upload-image").addEventListener("click", async () => {
        const file = $("image-file").files[0];
        if (!file) { say("Choose a picture first.", true); return; }
        try {
          const stored = await upload("/images/" + encodeURIComponent(file.name), file);
          say("Stored " + file.name + " as " + stored.path + " (" + stored.width + "x" + stored.height
            + "): name this in the catalog's image for the product.", false);
        } catch (error) { say(error.message, true); }
      });

      check();
    })();
    """#
}
