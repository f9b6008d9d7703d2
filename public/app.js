// Small progressive enhancements; every page works without them.
// - a probability slider kept in sync with its number field, with no thumb until a value is chosen;
// - the running total of a scenario allocation, a warning when it is not 100% and a rescale button;
// - rankings reordered with buttons, left unranked until the expert acts;
// - focus moved to the first error or notice after an htmx swap;
// - a table that scrolls sideways inside its own box on a phone can take keyboard focus (to scroll it).
(() => {
  function enhance(root) {
    for (const box of root.querySelectorAll("[data-sync-range]")) {
      const num = box.querySelector('input[type="number"]');
      const range = box.querySelector('input[type="range"]');
      if (!num || !range || box.dataset.bound) continue;
      box.dataset.bound = "1";
      // No anchor: while the box is empty the slider shows no thumb ("unset"), never a default of 50.
      const setUnset = (unset) => {
        range.classList.toggle("unset", unset);
        if (unset) range.setAttribute("aria-valuetext", range.dataset.unsetText || "");
        else range.removeAttribute("aria-valuetext");
      };
      range.addEventListener("input", () => {
        num.value = range.value;
        setUnset(false);
      });
      num.addEventListener("input", () => {
        const raw = num.value.trim();
        const v = Number(raw.replace(",", "."));
        if (raw !== "" && Number.isFinite(v)) {
          range.value = String(Math.min(100, Math.max(0, v)));
          setUnset(false);
        } else setUnset(true);
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
      const line = out?.closest(".total");
      const warning = set.querySelector("[data-total-warning]");
      const text = set.querySelector("[data-total-warning-text]");
      const inputs = () => [...set.querySelectorAll('input[type="number"]')];
      const shareOf = (i) => (i.value.trim() === "" ? null : Number(i.value.replace(",", ".")));
      const format = new Intl.NumberFormat(document.documentElement.lang || undefined, {
        maximumFractionDigits: 2,
      });
      // The total turns into a warning as soon as any share is typed and they do not add up to 100%.
      const update = () => {
        let total = 0;
        let typed = false;
        for (const i of inputs()) {
          const v = shareOf(i);
          if (v !== null && Number.isFinite(v)) {
            total += v;
            typed = true;
          }
        }
        total = Math.round(total * 100) / 100;
        if (out) out.textContent = format.format(total);
        const off = typed && Math.abs(total - 100) > 0.01;
        line?.classList.toggle("has-warning", off);
        if (warning) warning.hidden = !off;
        if (text) text.textContent = (text.dataset.template || "").replace("{total}", format.format(total));
        const rescale = set.querySelector("[data-rescale]");
        if (rescale) rescale.hidden = !(total > 0);
      };
      // Rescale: every typed share keeps its proportion; tenths of a percent, the rounding put on the largest.
      set.addEventListener("click", (event) => {
        if (!event.target.closest("[data-rescale]")) return;
        const typed = inputs().filter((i) => {
          const v = shareOf(i);
          return v !== null && Number.isFinite(v) && v >= 0;
        });
        const sum = typed.reduce((a, i) => a + shareOf(i), 0);
        if (!(sum > 0)) return;
        const tenths = typed.map((i) => Math.round((shareOf(i) / sum) * 1000));
        const largest = tenths.indexOf(Math.max(...tenths));
        tenths[largest] += 1000 - tenths.reduce((a, b) => a + b, 0);
        typed.forEach((i, k) => {
          i.value = String(tenths[k] / 10);
        });
        update();
      });
      set.addEventListener("input", update);
      update();
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
    // No anchor: unless the form already carries the expert's order, the places stay empty (an untouched
    // submit is refused) until the expert moves an option or says the order shown is theirs.
    const selects = [...set.querySelectorAll("select")];
    const untouched = set.querySelector("[data-ranking-untouched]");
    let ranked = selects.length > 0 && selects.every((s) => s.value !== "");
    const buttonsOnly = () => {
      [...list.children].forEach((li, i) => {
        li.querySelector('[data-move="up"]').disabled = i === 0;
        li.querySelector('[data-move="down"]').disabled = i === list.children.length - 1;
      });
    };
    const markRanked = () => {
      ranked = true;
      if (untouched) untouched.hidden = true;
      renumber();
    };
    if (ranked) renumber();
    else {
      buttonsOnly();
      if (untouched) untouched.hidden = false;
    }
    set.addEventListener("click", (event) => {
      if (event.target.closest("[data-ranking-keep]")) {
        markRanked();
        if (status)
          status.textContent = untouched?.querySelector("[data-ranking-keep]")?.textContent.trim() ?? "";
        return;
      }
      const button = event.target.closest("[data-move]");
      if (!button) return;
      const li = button.closest("li");
      const up = button.dataset.move === "up";
      const other = up ? li.previousElementSibling : li.nextElementSibling;
      if (!other) return;
      if (up) list.insertBefore(li, other);
      else list.insertBefore(other, li);
      markRanked();
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
