{{%AUTOESCAPE context="HTML"}}
{{! SPDX-License-Identifier: AGPL-3.0-or-later }}
{{! The practice form (/teot/uusi, /teot/{slug}/muokkaa): the model's sections with a guiding question and an example, vocabularies as checkboxes, the organisation from the person's memberships; save as draft, preview, submit. Values: src/tori/web/submission/practice_form_view.cpp and submission_pages.cpp. }}
<div class="practice-form">
<h1>{{HEADING}}</h1>
{{#HAS_NOTICE}}<p class="notice" role="status">{{NOTICE}}</p>
{{/HAS_NOTICE}}{{#EXISTING}}<p>[[submission.state_label]] <strong>{{STATE}}</strong>. <a href="{{PREVIEW_URL}}">[[submission.preview.link]]</a></p>
{{#CHANGE_REQUEST}}<div class="notice">
<p><strong>[[submission.changes_requested]]</strong> ({{ACTOR}})</p>
<p class="practice-form__message">{{MESSAGE}}</p>
</div>
{{/CHANGE_REQUEST}}{{/EXISTING}}{{#ERROR_SUMMARY}}<div class="error-summary" role="alert" tabindex="-1">
<h2>[[account.errors.heading]]</h2>
<ul>{{#ERROR}}<li><a href="#{{ID}}">{{MESSAGE}}</a></li>{{/ERROR}}</ul>
</div>
{{/ERROR_SUMMARY}}<form id="practice-form" method="post" action="{{ACTION}}" novalidate>
<input type="hidden" name="csrf" value="{{CSRF}}">
<input type="hidden" name="draft_key" value="{{DRAFT_KEY}}">
<p>[[submission.intro]]</p>
<fieldset class="practice-form__group">
<legend>[[submission.group.basics]]</legend>
<div class="field{{#TITLE_ERROR}} field--error{{/TITLE_ERROR}}">
<label for="practice-title">[[submission.field.title]]</label>
<p class="field__hint" id="practice-title-hint">[[submission.hint.title]]</p>
{{#TITLE_ERROR}}<p class="field__error" id="practice-title-error">{{MESSAGE}}</p>
{{/TITLE_ERROR}}<input id="practice-title" name="title" type="text" maxlength="200" value="{{TITLE_VALUE}}" aria-describedby="practice-title-hint{{#TITLE_ERROR}} practice-title-error{{/TITLE_ERROR}}"{{#TITLE_ERROR}} aria-invalid="true"{{/TITLE_ERROR}}>
</div>
<div class="field{{#SUMMARY_ERROR}} field--error{{/SUMMARY_ERROR}}">
<label for="practice-summary">[[submission.field.summary]]</label>
<p class="field__hint" id="practice-summary-hint">[[submission.hint.summary]]</p>
{{#SUMMARY_ERROR}}<p class="field__error" id="practice-summary-error">{{MESSAGE}}</p>
{{/SUMMARY_ERROR}}<textarea id="practice-summary" name="summary" rows="4" maxlength="1000" aria-describedby="practice-summary-hint{{#SUMMARY_ERROR}} practice-summary-error{{/SUMMARY_ERROR}}"{{#SUMMARY_ERROR}} aria-invalid="true"{{/SUMMARY_ERROR}}>{{SUMMARY}}</textarea>
</div>
<div class="field{{#ORGANISATION_ERROR}} field--error{{/ORGANISATION_ERROR}}">
<label for="practice-organisation">[[submission.field.organisation]]</label>
{{#ORGANISATION_ERROR}}<p class="field__error" id="practice-organisation-error">{{MESSAGE}}</p>
{{/ORGANISATION_ERROR}}<select id="practice-organisation" name="organisation"{{#ORGANISATION_ERROR}} aria-invalid="true" aria-describedby="practice-organisation-error"{{/ORGANISATION_ERROR}}>
{{#ORGANISATION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>
{{/ORGANISATION}}</select>
</div>
<div class="field{{#MUNICIPALITY_ERROR}} field--error{{/MUNICIPALITY_ERROR}}">
<label for="practice-municipality">[[submission.field.municipality]]</label>
<p class="field__hint" id="practice-municipality-hint">[[submission.hint.municipality]]</p>
{{#MUNICIPALITY_ERROR}}<p class="field__error" id="practice-municipality-error">{{MESSAGE}}</p>
{{/MUNICIPALITY_ERROR}}<input id="practice-municipality" name="municipality" type="text" maxlength="200" value="{{MUNICIPALITY}}" aria-describedby="practice-municipality-hint{{#MUNICIPALITY_ERROR}} practice-municipality-error{{/MUNICIPALITY_ERROR}}"{{#MUNICIPALITY_ERROR}} aria-invalid="true"{{/MUNICIPALITY_ERROR}}>
</div>
<div class="field">
<label for="practice-language">[[submission.field.language]]</label>
<select id="practice-language" name="language">
{{#LANGUAGE}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>
{{/LANGUAGE}}</select>
</div>
<fieldset id="practice-maturity" class="field practice-form__choices{{#MATURITY_ERROR}} field--error{{/MATURITY_ERROR}}">
<legend>[[submission.field.maturity]]</legend>
{{#MATURITY_ERROR}}<p class="field__error">{{MESSAGE}}</p>
{{/MATURITY_ERROR}}{{#MATURITY}}<div><input type="radio" id="practice-maturity-{{VALUE}}" name="maturity" value="{{VALUE}}"{{#CHECKED}} checked{{/CHECKED}}> <label for="practice-maturity-{{VALUE}}">{{LABEL}}</label></div>
{{/MATURITY}}</fieldset>
<div class="field{{#STARTED_ERROR}} field--error{{/STARTED_ERROR}}">
<label for="practice-started">[[submission.field.started]]</label>
<p class="field__hint" id="practice-started-hint">[[submission.hint.started]]</p>
{{#STARTED_ERROR}}<p class="field__error" id="practice-started-error">{{MESSAGE}}</p>
{{/STARTED_ERROR}}<input id="practice-started" name="started" type="text" inputmode="numeric" maxlength="7" value="{{STARTED}}" aria-describedby="practice-started-hint{{#STARTED_ERROR}} practice-started-error{{/STARTED_ERROR}}"{{#STARTED_ERROR}} aria-invalid="true"{{/STARTED_ERROR}}>
</div>
</fieldset>
{{#VOCABULARY}}<fieldset id="practice-{{FIELD}}" class="practice-form__group practice-form__choices{{#ERROR}} field--error{{/ERROR}}">
<legend>{{LEGEND}}</legend>
{{#ERROR}}<p class="field__error">{{MESSAGE}}</p>
{{/ERROR}}{{#OPTION}}<div><input type="checkbox" id="practice-{{FIELD}}-{{VALUE}}" name="{{FIELD}}" value="{{VALUE}}"{{#CHECKED}} checked{{/CHECKED}}> <label for="practice-{{FIELD}}-{{VALUE}}">{{LABEL}}</label></div>
{{/OPTION}}</fieldset>
{{/VOCABULARY}}<fieldset id="practice-sections" class="practice-form__group{{#SECTIONS_ERROR}} field--error{{/SECTIONS_ERROR}}">
<legend>[[submission.group.sections]]</legend>
<p>[[submission.sections.intro]]</p>
{{#SECTIONS_ERROR}}<p class="field__error">{{MESSAGE}}</p>
{{/SECTIONS_ERROR}}{{#SECTION}}<div class="field{{#ERROR}} field--error{{/ERROR}}">
<label for="practice-section_{{KEY}}">{{LABEL}}</label>
<p class="field__hint" id="practice-section_{{KEY}}-hint">{{QUESTION}}</p>
<details class="practice-form__example">
<summary>[[submission.example]]</summary>
<p>{{EXAMPLE}}</p>
</details>
{{#ERROR}}<p class="field__error" id="practice-section_{{KEY}}-error">{{MESSAGE}}</p>
{{/ERROR}}<textarea id="practice-section_{{KEY}}" name="section_{{KEY}}" rows="8" maxlength="20000" aria-describedby="practice-section_{{KEY}}-hint{{#ERROR}} practice-section_{{KEY}}-error{{/ERROR}}"{{#ERROR}} aria-invalid="true"{{/ERROR}}>{{VALUE}}</textarea>
</div>
{{/SECTION}}</fieldset>
<fieldset class="practice-form__group">
<legend>[[submission.group.more]]</legend>
<div class="field{{#KEYWORDS_ERROR}} field--error{{/KEYWORDS_ERROR}}">
<label for="practice-keywords">[[submission.field.keywords]]</label>
<p class="field__hint" id="practice-keywords-hint">[[submission.hint.keywords]]</p>
{{#KEYWORDS_ERROR}}<p class="field__error" id="practice-keywords-error">{{MESSAGE}}</p>
{{/KEYWORDS_ERROR}}<input id="practice-keywords" name="keywords" type="text" value="{{KEYWORDS}}" aria-describedby="practice-keywords-hint{{#KEYWORDS_ERROR}} practice-keywords-error{{/KEYWORDS_ERROR}}"{{#KEYWORDS_ERROR}} aria-invalid="true"{{/KEYWORDS_ERROR}}>
</div>
<div class="field">
<label for="practice-contact_name">[[submission.field.contact_name]]</label>
<input id="practice-contact_name" name="contact_name" type="text" autocomplete="off" maxlength="200" value="{{CONTACT_NAME}}">
</div>
<div class="field">
<label for="practice-contact_title">[[submission.field.contact_title]]</label>
<input id="practice-contact_title" name="contact_title" type="text" maxlength="200" value="{{CONTACT_TITLE}}">
</div>
<div class="field{{#CONTACT_EMAIL_ERROR}} field--error{{/CONTACT_EMAIL_ERROR}}">
<label for="practice-contact_email">[[submission.field.contact_email]]</label>
{{#CONTACT_EMAIL_ERROR}}<p class="field__error" id="practice-contact_email-error">{{MESSAGE}}</p>
{{/CONTACT_EMAIL_ERROR}}<input id="practice-contact_email" name="contact_email" type="email" maxlength="200" value="{{CONTACT_EMAIL}}"{{#CONTACT_EMAIL_ERROR}} aria-invalid="true" aria-describedby="practice-contact_email-error"{{/CONTACT_EMAIL_ERROR}}>
</div>
<div class="field">
<label for="practice-contact_phone">[[submission.field.contact_phone]]</label>
<input id="practice-contact_phone" name="contact_phone" type="tel" maxlength="200" value="{{CONTACT_PHONE}}">
</div>
{{#LINK}}<div class="practice-form__link">
<div class="field">
<label for="practice-link_{{NUMBER}}_title">[[submission.field.link_title]] {{NUMBER}}</label>
<input id="practice-link_{{NUMBER}}_title" name="link_{{NUMBER}}_title" type="text" maxlength="200" value="{{TITLE}}">
</div>
<div class="field{{#ERROR}} field--error{{/ERROR}}">
<label for="practice-link_{{NUMBER}}_url">[[submission.field.link_url]] {{NUMBER}}</label>
{{#ERROR}}<p class="field__error">{{MESSAGE}}</p>
{{/ERROR}}<input id="practice-link_{{NUMBER}}_url" name="link_{{NUMBER}}_url" type="url" maxlength="2000" value="{{URL}}"{{#ERROR}} aria-invalid="true"{{/ERROR}}>
</div>
</div>
{{/LINK}}</fieldset>
<div class="practice-form__buttons">
<button type="submit" name="action" value="save" class="button button--secondary">[[submission.button.save]]</button>
<button type="submit" name="action" value="preview" class="button button--secondary">[[submission.button.preview]]</button>
<button type="submit" name="action" value="submit" class="button">[[submission.button.submit]]</button>
</div>
</form>
</div>
