// SPDX-License-Identifier: AGPL-3.0-or-later
// The newsletter pop-up ("Jätä yhteystietosi…"): opens the closed <dialog id="newsletter-popup">
// of a public page once per browser, after the visitor has been on the page data-delay seconds
// (default 20), never over another open dialog. Before opening it takes a CSRF token from the
// subscribe page (its form's action), because the public page may come from the shared cache
// and carries none; without a token the dialog stays closed. The dialog is modal (showModal):
// focus goes to the e-mail field, Tab and Shift+Tab wrap inside it, Esc and EI KIITOS close it
// and focus returns to where it was. What happened is kept in localStorage under
// "tori.newsletterPopup" ("shown", "declined" or "subscribed"; no cookie); when storage is
// blocked the dialog is never shown. On /uutiskirje the script only remembers a subscription
// made with the full form (#newsletter-form).
//
// Markup: data/templates/newsletter_popup.tpl (and newsletter.tpl for the full form).
(function () {
  'use strict';

  var kKey = 'tori.newsletterPopup';
  var kDefaultDelaySeconds = 20;
  var kRetryMs = 5000;  // when the page is hidden or another dialog is open at the time

  function openStorage() {
    try {
      var storage = window.localStorage;
      storage.setItem(kKey + '.probe', '1');
      storage.removeItem(kKey + '.probe');
      return storage;
    } catch (error) {
      return null;
    }
  }

  function remember(storage, value) {
    try {
      storage.setItem(kKey, value);
    } catch (error) {
      // Nothing to do: the visitor's browser keeps nothing.
    }
  }

  function delayOf(dialog) {
    var seconds = parseFloat(dialog.getAttribute('data-delay'));
    return (isFinite(seconds) && seconds >= 0 ? seconds : kDefaultDelaySeconds) * 1000;
  }

  function otherDialogOpen(dialog) {
    var open = document.querySelectorAll('dialog[open], [aria-modal="true"]');
    return Array.prototype.some.call(open, function (element) { return element !== dialog; });
  }

  // The token of the subscribe page's form, fetched with the visitor's cookies (the response
  // sets the form cookie the token is bound to when there is none yet).
  function fetchToken(url) {
    return window.fetch(url, { credentials: 'same-origin', headers: { Accept: 'text/html' } })
      .then(function (response) {
        if (!response.ok) throw new Error('HTTP ' + response.status);
        return response.text();
      })
      .then(function (html) {
        var page = new DOMParser().parseFromString(html, 'text/html');
        var field = page.querySelector('#newsletter-form input[name="csrf"]');
        return field ? field.value : '';
      });
  }

  function focusables(dialog) {
    var all = dialog.querySelectorAll('a[href], button, input:not([type="hidden"]), select, textarea');
    return Array.prototype.filter.call(all, function (element) {
      return !element.disabled && element.tabIndex >= 0 && element.getClientRects().length > 0;
    });
  }

  // Tab from the last control goes to the first, Shift+Tab from the first to the last.
  function keepFocusInside(dialog) {
    dialog.addEventListener('keydown', function (event) {
      if (event.key !== 'Tab') return;
      var list = focusables(dialog);
      if (list.length === 0) return;
      var first = list[0];
      var last = list[list.length - 1];
      if (event.shiftKey && document.activeElement === first) {
        last.focus();
        event.preventDefault();
      } else if (!event.shiftKey && document.activeElement === last) {
        first.focus();
        event.preventDefault();
      }
    });
  }

  function setUp(dialog, storage) {
    var form = dialog.querySelector('form');
    var csrf = form && form.querySelector('input[name="csrf"]');
    var email = form && form.querySelector('input[type="email"]');
    var decline = dialog.querySelector('[data-newsletter-popup-decline]');
    if (!form || !csrf || !email || !decline) return;
    var returnTo = null;

    function show() {
      if (storage.getItem(kKey)) return;  // another tab got there first
      if (document.hidden || otherDialogOpen(dialog)) {
        window.setTimeout(show, kRetryMs);
        return;
      }
      fetchToken(form.getAttribute('action')).then(function (token) {
        if (!token || storage.getItem(kKey) || otherDialogOpen(dialog)) return;
        csrf.value = token;
        returnTo = document.activeElement;
        remember(storage, 'shown');
        dialog.showModal();
        email.focus();
      }, function () {
        // No token, no dialog: the next page tries again.
      });
    }

    keepFocusInside(dialog);
    decline.addEventListener('click', function () {
      remember(storage, 'declined');
      dialog.close('declined');
    });
    form.addEventListener('submit', function () { remember(storage, 'subscribed'); });
    dialog.addEventListener('close', function () {
      if (returnTo && returnTo !== document.body && document.contains(returnTo) &&
          typeof returnTo.focus === 'function') {
        returnTo.focus();
      }
      returnTo = null;
    });
    window.setTimeout(show, delayOf(dialog));
  }

  var storage = openStorage();
  if (!storage) return;

  var fullForm = document.getElementById('newsletter-form');
  if (fullForm) {
    fullForm.addEventListener('submit', function () { remember(storage, 'subscribed'); });
  }

  var dialog = document.getElementById('newsletter-popup');
  if (!dialog || typeof dialog.showModal !== 'function' || storage.getItem(kKey)) return;
  setUp(dialog, storage);
}());
