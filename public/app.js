// Small progressive enhancements; every page works without them.
// - a probability slider kept in sync with its number field;
// - the running total of a scenario allocation;
// - focus moved to the first error or notice after an htmx swap.
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
  document.addEventListener("DOMContentLoaded", () => enhance(document));
  document.addEventListener("htmx:afterSwap", (event) => {
    const target = event.detail.target;
    enhance(target);
    const focus = target.querySelector('[aria-invalid="true"], .form-errors, .notice, [role="alert"]');
    if (focus) {
      if (!focus.hasAttribute("tabindex") && !/^(INPUT|TEXTAREA|SELECT|BUTTON)$/.test(focus.tagName))
        focus.setAttribute("tabindex", "-1");
      focus.focus();
    }
  });
})();
