// SPDX-License-Identifier: AGPL-3.0-or-later
// The practice form with JavaScript: a character counter under each long field, and saving as
// you go — 20 s after the last change and when the tab is hidden — so that nothing typed is lost.
//
// Markup (data/templates/practice_form.tpl): the form carries data-counter-text ("{n} / {max}
// merkkiä") and, when the practice is a draft, data-autosave with its status texts; fields with
// data-counter and maxlength get a counter; #practice-form-status is a polite live region.
// Autosave posts the form (files left out) with action=autosave; the server answers JSON
// (src/tori/web/submission/autosave.cpp) and, for a new practice, the address of its draft.
// Without JavaScript the buttons do all of this.
(function () {
  'use strict';

  var form = document.getElementById('practice-form');
  if (!form) return;
  var status = document.getElementById('practice-form-status');
  // Saving waits this long after the last change (data-autosave-delay: milliseconds, for tests).
  var delayMs = Number(form.getAttribute('data-autosave-delay')) || 20000;
  var kNearLimit = 0.9;   // the counter speaks up from 90 % of the limit

  function counterText(used, max) {
    return (form.getAttribute('data-counter-text') || '{n} / {max}')
      .replace('{n}', used.toLocaleString('fi-FI'))
      .replace('{max}', max.toLocaleString('fi-FI'));
  }

  function addCounter(field) {
    var max = Number(field.getAttribute('maxlength'));
    if (!max) return;
    var counter = document.createElement('p');
    counter.className = 'field__counter';
    counter.id = field.id + '-counter';
    field.insertAdjacentElement('afterend', counter);
    var described = field.getAttribute('aria-describedby');
    field.setAttribute('aria-describedby', (described ? described + ' ' : '') + counter.id);
    function update() {
      // Characters as people count them (code points), as the server does.
      var used = Array.from(field.value).length;
      counter.textContent = counterText(used, max);
      var near = used >= max * kNearLimit;
      counter.classList.toggle('field__counter--near', near);
      if (near) counter.setAttribute('aria-live', 'polite');
      else counter.removeAttribute('aria-live');
    }
    field.addEventListener('input', update);
    update();
  }

  Array.prototype.forEach.call(form.querySelectorAll('[data-counter]'), addCounter);

  if (form.getAttribute('data-autosave') !== 'true' || !window.fetch || !window.FormData) return;

  var timer = null;
  var dirty = false;
  var saving = false;
  var stopped = false;

  function say(text) {
    if (status) status.textContent = text;
  }

  function formData() {
    var data = new FormData(form);
    Array.prototype.forEach.call(form.querySelectorAll('input[type=file]'), function (input) {
      data.delete(input.name);
    });
    data.set('action', 'autosave');
    return data;
  }

  function moveTo(editUrl) {
    if (!editUrl || form.getAttribute('action') === editUrl) return;
    form.setAttribute('action', editUrl);
    if (window.history && window.history.replaceState) window.history.replaceState(null, '', editUrl);
  }

  function handle(response) {
    return response.json().then(function (body) {
      if (response.ok && body.saved) moveTo(body.edit_url);
      if (response.status === 401 || response.status === 409) stopped = true;
      say(body.message || form.getAttribute('data-autosave-failed'));
      return response.ok;
    });
  }

  function save() {
    timer = null;
    if (!dirty || saving || stopped) return;
    var title = form.querySelector('[name=title]');
    if (title && !title.value.trim()) return;   // a draft is named by its title
    dirty = false;
    saving = true;
    say(form.getAttribute('data-autosave-saving'));
    fetch(form.getAttribute('action'), {
      method: 'POST', body: formData(), credentials: 'same-origin',
      headers: { Accept: 'application/json' }
    }).then(handle).catch(function () {
      dirty = true;
      say(form.getAttribute('data-autosave-failed'));
    }).then(function () {
      saving = false;
      if (dirty && !stopped) schedule();
    });
  }

  function schedule() {
    if (timer) window.clearTimeout(timer);
    timer = window.setTimeout(save, Number(form.getAttribute('data-autosave-delay')) || delayMs);
  }

  function changed(event) {
    if (event.target && event.target.type === 'file') return;   // files go with the buttons
    dirty = true;
    schedule();
  }

  form.addEventListener('input', changed);
  form.addEventListener('change', changed);
  document.addEventListener('visibilitychange', function () {
    if (document.visibilityState === 'hidden') save();
  });
  form.addEventListener('submit', function () {
    if (timer) window.clearTimeout(timer);
    stopped = true;   // the button's own post saves everything
  });
}());
