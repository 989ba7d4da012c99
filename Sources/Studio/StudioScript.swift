/// The editor's script: live checks as the author types, save, publish, restore, previews and
/// uploads. Plain JavaScript, served as is (no build step, nothing from elsewhere).
enum StudioScript {
    static let source = #"""
    "use strict";
    (function () {
      const editor = document.getElementById("editor");
      if (!editor) return;
      const api = editor.dataset.api;
      const $ = (id) => document.getElementById(id);
      // Every request that changes something carries the session's token (CSRF).
      const token = document.querySelector('meta[name="csrf-token"]').content;
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
      async function errorText(response) {
        try { return (await response.json()).error || response.statusText; } catch (e) { return response.statusText; }
      }
      function say(text, isError) {
        const message = $("message");
        message.textContent = text;
        message.className = isError ? "message error" : "message";
      }

      // Live validation: the server runs `standin persona validate`'s checks on the fields.
      let timer = null, sequence = 0;
      function scheduleCheck() { clearTimeout(timer); timer = setTimeout(check, 300); }
      async function check() {
        const mine = ++sequence;
        const response = await post("/check", { fields: fields() });
        if (mine !== sequence) return;
        if (!response.ok) { say(await errorText(response), true); return; }
        show((await response.json()).problems);
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
          item.textContent = (problem.rule ? "rule '" + problem.rule + "', phrase '" + problem.phrase + "': " : "") + problem.message;
          list.appendChild(item);
        }
        editor.dataset.problems = String(problems.length);
        $("status").textContent = problems.length === 0 ? "No problems: ready to publish."
          : problems.length + (problems.length === 1 ? " problem" : " problems") + ": you can save a draft, not publish it.";
        $("status").className = problems.length === 0 ? "status ok" : "status bad";
      }

      editor.addEventListener("input", (event) => {
        const el = event.target;
        if (el.classList.contains("swatch")) {
          const target = $(el.dataset.for);
          target.value = el.value.toUpperCase();
        } else if (el.type === "range" && el.nextElementSibling) {
          el.nextElementSibling.textContent = el.value;
        }
        if (el.dataset.field || el.classList.contains("swatch")) scheduleCheck();
      });

      $("save").addEventListener("click", async () => {
        const response = await post("/versions", { fields: fields(), note: $("note").value });
        if (!response.ok) { say(await errorText(response), true); return; }
        const saved = await response.json();
        location.href = editor.dataset.page + "?saved=" + saved.version;
      });
      const publish = $("publish");
      if (publish) publish.addEventListener("click", async () => {
        const response = await post("/publish", { version: Number(editor.dataset.latest) });
        if (!response.ok) { say(await errorText(response), true); return; }
        location.href = editor.dataset.page + "?published=" + editor.dataset.latest;
      });
      document.querySelectorAll("button.restore").forEach((button) => button.addEventListener("click", async () => {
        const response = await post("/rollback", { version: Number(button.dataset.version) });
        if (!response.ok) { say(await errorText(response), true); return; }
        location.href = editor.dataset.page;
      }));

      // Previews through the real pipeline.
      const players = { png: $("preview-image"), wav: $("preview-audio"), mp4: $("preview-video") };
      for (const kind of Object.keys(players)) {
        $("preview-" + kind).addEventListener("click", async () => {
          const started = performance.now();
          $("preview-status").textContent = "Rendering…";
          const response = await post("/preview/" + kind,
            { fields: fields(), product: $("product").value, line: $("line").value });
          if (!response.ok) { $("preview-status").textContent = await errorText(response); return; }
          const url = URL.createObjectURL(await response.blob());
          players[kind].src = url;
          players[kind].style.display = "block";
          $("preview-status").textContent = "Rendered in " + Math.round(performance.now() - started) + " ms.";
        });
      }

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
        if (!file) return;
        try {
          const stored = await upload("/images/" + ($("image-name").value || file.name), file);
          say("Stored " + stored.path + " (" + stored.width + "x" + stored.height + ").", false);
        } catch (error) { say(error.message, true); }
      });

      check();
    })();
    """#
}
