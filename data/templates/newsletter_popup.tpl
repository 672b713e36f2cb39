{{%AUTOESCAPE context="HTML"}}
{{! SPDX-License-Identifier: AGPL-3.0-or-later }}
{{! The newsletter pop-up of the public pages (base.tpl's NEWSLETTER_POPUP): a closed dialog, so without JavaScript it is never shown and /uutiskirje serves instead. newsletter-popup.js opens it after data-delay seconds, once per browser, with the CSRF token taken from the subscribe page at that moment (a cached page carries none). Posts the e-mail address, the page's language and every topic to /uutiskirje like the full form (newsletter_form.tpl). Values: src/tori/web/newsletter/newsletter_popup.cpp. }}
<dialog id="newsletter-popup" class="newsletter-popup" aria-labelledby="newsletter-popup-title" aria-describedby="newsletter-popup-intro" data-delay="{{DELAY}}">
<form class="newsletter-popup__form" method="post" action="{{ACTION}}" novalidate>
<h2 id="newsletter-popup-title" class="newsletter-popup__title">[[newsletter_popup.title]]</h2>
<p id="newsletter-popup-intro">[[newsletter_popup.intro]]</p>
<input type="hidden" name="csrf">
<input type="hidden" name="language" value="{{LANGUAGE}}">
{{#TOPIC}}<input type="hidden" name="topics" value="{{VALUE}}">
{{/TOPIC}}<div class="field">
<label for="newsletter-popup-email">[[registration.field.email]]</label>
<p class="field__hint" id="newsletter-popup-email-hint">[[newsletter.field.email_hint]]</p>
<input id="newsletter-popup-email" name="email" type="email" autocomplete="email" spellcheck="false" maxlength="254" aria-describedby="newsletter-popup-email-hint">
</div>
<div class="form-trap">
<label for="newsletter-popup-website">[[registration.trap]]</label>
<input id="newsletter-popup-website" name="website" type="text" tabindex="-1" autocomplete="off">
</div>
<p class="registration__consent">[[newsletter_popup.topics]] [[newsletter.consent]] <a href="[[@prefix]]/tietosuoja">[[registration.privacy_link]]</a>.</p>
<div class="newsletter-popup__buttons">
<button type="submit" class="button newsletter-popup__send">[[newsletter_popup.send]]</button>
<button type="button" class="button button--secondary newsletter-popup__decline" data-newsletter-popup-decline>[[newsletter_popup.decline]]</button>
</div>
<p class="newsletter-popup__more"><a href="{{ACTION}}">[[newsletter_popup.more]]</a></p>
</form>
</dialog>
<script src="{{SCRIPT}}" defer></script>
