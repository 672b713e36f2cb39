{{%AUTOESCAPE context="HTML"}}
{{! SPDX-License-Identifier: AGPL-3.0-or-later }}
{{! The newsletter's subscribe form, included as SUBSCRIBE_FORM by any page (and later a pop-up): e-mail, name, organisation, language, topics, the consent text whose version is stored, a honeypot. Posts to /uutiskirje. Values: fill_subscribe_form in src/tori/web/newsletter/newsletter_form.cpp. }}
{{#ERROR_SUMMARY}}<div class="error-summary" role="alert" tabindex="-1">
<h2>[[registration.errors.heading]]</h2>
<ul>{{#ERROR}}<li><a href="#{{ID}}">{{MESSAGE}}</a></li>{{/ERROR}}</ul>
</div>
{{/ERROR_SUMMARY}}<form id="newsletter-form" class="newsletter-form" method="post" action="{{ACTION}}" novalidate>
<input type="hidden" name="csrf" value="{{CSRF}}">
<div class="field{{#EMAIL_ERROR}} field--error{{/EMAIL_ERROR}}">
<label for="newsletter-email">[[registration.field.email]] <span class="field__required">([[registration.required]])</span></label>
<p class="field__hint" id="newsletter-email-hint">[[newsletter.field.email_hint]]</p>
{{#EMAIL_ERROR}}<p class="field__error" id="newsletter-email-error">{{MESSAGE}}</p>
{{/EMAIL_ERROR}}<input id="newsletter-email" name="email" type="email" autocomplete="email" spellcheck="false" maxlength="254" value="{{EMAIL}}" aria-describedby="newsletter-email-hint{{#EMAIL_ERROR}} newsletter-email-error{{/EMAIL_ERROR}}"{{#EMAIL_ERROR}} aria-invalid="true"{{/EMAIL_ERROR}}>
</div>
<div class="field{{#NAME_ERROR}} field--error{{/NAME_ERROR}}">
<label for="newsletter-name">[[newsletter.field.name]] <span class="field__optional">([[newsletter.optional]])</span></label>
{{#NAME_ERROR}}<p class="field__error" id="newsletter-name-error">{{MESSAGE}}</p>
{{/NAME_ERROR}}<input id="newsletter-name" name="name" type="text" autocomplete="name" maxlength="200" value="{{NAME}}"{{#NAME_ERROR}} aria-invalid="true" aria-describedby="newsletter-name-error"{{/NAME_ERROR}}>
</div>
<div class="field{{#ORGANISATION_ERROR}} field--error{{/ORGANISATION_ERROR}}">
<label for="newsletter-organisation">[[newsletter.field.organisation]] <span class="field__optional">([[newsletter.optional]])</span></label>
{{#ORGANISATION_ERROR}}<p class="field__error" id="newsletter-organisation-error">{{MESSAGE}}</p>
{{/ORGANISATION_ERROR}}<input id="newsletter-organisation" name="organisation" type="text" autocomplete="organization" maxlength="200" value="{{ORGANISATION}}"{{#ORGANISATION_ERROR}} aria-invalid="true" aria-describedby="newsletter-organisation-error"{{/ORGANISATION_ERROR}}>
</div>
<div class="field{{#LANGUAGE_ERROR}} field--error{{/LANGUAGE_ERROR}}">
<label for="newsletter-language">[[newsletter.field.language]]</label>
{{#LANGUAGE_ERROR}}<p class="field__error" id="newsletter-language-error">{{MESSAGE}}</p>
{{/LANGUAGE_ERROR}}<select id="newsletter-language" name="language"{{#LANGUAGE_ERROR}} aria-invalid="true" aria-describedby="newsletter-language-error"{{/LANGUAGE_ERROR}}>
{{#LANGUAGE}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>
{{/LANGUAGE}}</select>
</div>
<fieldset class="field choices{{#TOPICS_ERROR}} field--error{{/TOPICS_ERROR}}" id="newsletter-topics"{{#TOPICS_ERROR}} aria-describedby="newsletter-topics-error"{{/TOPICS_ERROR}}>
<legend>[[newsletter.field.topics]] <span class="field__required">([[registration.required]])</span></legend>
{{#TOPICS_ERROR}}<p class="field__error" id="newsletter-topics-error">{{MESSAGE}}</p>
{{/TOPICS_ERROR}}{{#TOPIC}}<div class="choice"><input type="checkbox" id="{{ID}}" name="topics" value="{{VALUE}}"{{#CHECKED}} checked{{/CHECKED}}> <label for="{{ID}}">{{LABEL}}</label></div>
{{/TOPIC}}</fieldset>
<div class="form-trap">
<label for="newsletter-website">[[registration.trap]]</label>
<input id="newsletter-website" name="website" type="text" tabindex="-1" autocomplete="off">
</div>
<p class="registration__consent">[[newsletter.consent]] <a href="[[@prefix]]/tietosuoja">[[registration.privacy_link]]</a>.</p>
<button type="submit" class="button">[[newsletter.button]]</button>
</form>
