// Filters and tooltips of an annotated article (analysis/presentation/annotate.py): no network, no server.
(function () {
  const form = document.querySelector("form.filters");
  const sentences = Array.from(document.querySelectorAll(".sentence"));
  const status = document.getElementById("filter-status");

  function matches(sentence, show, group) {
    if (show === "blame" && !sentence.querySelector("[data-blame-group]")) return false;
    if (show === "quotes" && !sentence.querySelector("[data-speaker]")) return false;
    if (group && !sentence.querySelector('[data-blame-group="' + CSS.escape(group) + '"]')) {
      return false;
    }
    return true;
  }

  function apply() {
    const show = form.elements.show.value;
    const group = form.elements.group.value;
    let shown = 0;
    for (const sentence of sentences) {
      const ok = matches(sentence, show, group);
      sentence.classList.toggle("dimmed", !ok);
      if (ok) shown += 1;
    }
    status.textContent = "Showing " + shown + " of " + sentences.length + " sentences.";
  }

  // A tooltip that keyboards and touch screens reach too, not only a mouse's hover.
  const tip = document.createElement("div");
  tip.className = "mark-tip";
  tip.setAttribute("role", "status");
  tip.hidden = true;
  document.body.appendChild(tip);
  function showTip(event) {
    const mark = event.target.closest("[data-tip]");
    tip.hidden = !mark;
    if (mark) tip.textContent = mark.dataset.tip;
  }
  document.addEventListener("focusin", showTip);
  document.addEventListener("click", showTip);

  // Links from the write-up open the page filtered: ?group=russia, ?show=quotes.
  const query = new URLSearchParams(window.location.search);
  if (["blame", "quotes"].includes(query.get("show"))) form.elements.show.value = query.get("show");
  if (query.get("group")) form.elements.group.value = query.get("group");

  const focus = document.body.dataset.focus && document.getElementById(document.body.dataset.focus);
  if (focus) {
    focus.classList.add("focused");
    focus.scrollIntoView({block: "center"});
  }

  form.hidden = false;
  form.addEventListener("change", apply);
  form.querySelector(".show-all").addEventListener("click", () => {
    form.reset();
    apply();
  });
  for (const button of document.querySelectorAll("button[data-group]")) {
    button.addEventListener("click", () => {
      form.elements.group.value = button.dataset.group;
      apply();
    });
  }
  apply();
})();
