// Small progressive enhancements; every page works without them.
// - a probability slider kept in sync with its number field;
// - the running total of a scenario allocation;
// - focus moved to the first error or notice after an htmx swap;
// - a table that scrolls sideways inside its own box on a phone can take keyboard focus (to scroll it).
(() => {
  function enhance(root) {
    for (const box of root.querySelectorAll("[data-sync-range]")) {
      const num = box.querySelector('input[type="number"]');
      const range = box.querySelector('input[type="range"]');
      if (!num || !range || box.dataset.bound) continue;
      box.dataset.bound = "1";
      range.addEventListener("input", () => {
        num.value = range.value;
      });
      num.addEventListener("input", () => {
        const v = Number(num.value.replace(",", "."));
        if (Number.isFinite(v)) range.value = String(Math.min(100, Math.max(0, v)));
      });
    }
    for (const set of root.querySelectorAll("[data-ranking]")) enhanceRanking(set);
    for (const table of root.querySelectorAll("main table, .table-scroll")) {
      if (table.scrollWidth > table.clientWidth + 1 && !table.hasAttribute("tabindex"))
        table.setAttribute("tabindex", "0");
    }
    for (const set of root.querySelectorAll("[data-allocation]")) {
      if (set.dataset.bound) continue;
      set.dataset.bound = "1";
      const out = set.querySelector("[data-total]");
      const update = () => {
        let total = 0;
        for (const i of set.querySelectorAll('input[type="number"]')) {
          const v = Number(i.value.replace(",", "."));
          if (Number.isFinite(v)) total += v;
        }
        if (out) out.textContent = String(Math.round(total * 100) / 100);
      };
      set.addEventListener("input", update);
    }
  }
  // Rankings: the list is reordered with "move up / move down" buttons; each option's select (the
  // no-JavaScript control) is kept equal to its place in the list, and the new place is announced.
  function enhanceRanking(set) {
    if (set.dataset.bound) return;
    set.dataset.bound = "1";
    set.classList.add("enhanced");
    const list = set.querySelector(".ranking-list");
    const status = set.querySelector("[data-ranking-status]");
    const renumber = () => {
      [...list.children].forEach((li, i) => {
        const select = li.querySelector("select");
        if (select) select.value = String(i + 1);
        li.querySelector('[data-move="up"]').disabled = i === 0;
        li.querySelector('[data-move="down"]').disabled = i === list.children.length - 1;
      });
    };
    for (const moves of set.querySelectorAll(".ranking-moves")) moves.hidden = false;
    renumber();
    set.addEventListener("click", (event) => {
      const button = event.target.closest("[data-move]");
      if (!button) return;
      const li = button.closest("li");
      const up = button.dataset.move === "up";
      const other = up ? li.previousElementSibling : li.nextElementSibling;
      if (!other) return;
      if (up) list.insertBefore(li, other);
      else list.insertBefore(other, li);
      renumber();
      const place = [...list.children].indexOf(li) + 1;
      const target = li.querySelector(`[data-move="${up ? "up" : "down"}"]`);
      (target.disabled ? li.querySelector(`[data-move="${up ? "down" : "up"}"]`) : target).focus();
      if (status) status.textContent = `${li.querySelector(".ranking-option").textContent.trim()}: ${place}`;
    });
  }
  document.addEventListener("DOMContentLoaded", () => enhance(document));
  document.addEventListener("htmx:afterSwap", (event) => {
    // An outerHTML swap replaces the target itself: look in its replacement (same id), not the detached node.
    let target = event.detail.target;
    if (!target.isConnected) target = (target.id && document.getElementById(target.id)) || document.body;
    enhance(target);
    const focus = target.querySelector('[aria-invalid="true"], .form-errors, .notice, [role="alert"]');
    if (focus) {
      if (!focus.hasAttribute("tabindex") && !/^(INPUT|TEXTAREA|SELECT|BUTTON)$/.test(focus.tagName))
        focus.setAttribute("tabindex", "-1");
      focus.focus();
    }
  });
})();
