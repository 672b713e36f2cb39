{{%AUTOESCAPE context="HTML"}}
{{! SPDX-License-Identifier: AGPL-3.0-or-later }}
{{! The practice form (/teot/uusi, /teot/{slug}/muokkaa): the model's sections with a guiding question and an example, vocabularies as checkboxes, the organisation from the person's memberships; images and PDF attachments (practice_media.cpp); save as draft, preview, submit; with JavaScript, character counters and saving as you go (js/practice-form.js). Values: src/tori/web/submission/practice_form_view.cpp and submission_pages.cpp. }}
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
{{/ERROR_SUMMARY}}<form id="practice-form" method="post" action="{{ACTION}}" enctype="multipart/form-data" novalidate data-counter-text="[[submission.counter]]"{{#AUTOSAVE}} data-autosave="true" data-autosave-saving="[[submission.autosave.saving]]" data-autosave-failed="[[submission.autosave.failed]]"{{/AUTOSAVE}}>
<input type="hidden" name="csrf" value="{{CSRF}}">
<input type="hidden" name="draft_key" value="{{DRAFT_KEY}}">
<p>[[submission.intro]]</p>
<fieldset class="practice-form__group">
<legend>[[submission.group.basics]]</legend>
<div class="field{{#TITLE_ERROR}} field--error{{/TITLE_ERROR}}">
<label for="practice-title">[[submission.field.title]]</label>
<p class="field__hint" id="practice-title-hint">[[submission.hint.title]]</p>
{{#TITLE_ERROR}}<p class="field__error" id="practice-title-error">{{MESSAGE}}</p>
{{/TITLE_ERROR}}<input id="practice-title" name="title" type="text" maxlength="200" data-counter value="{{TITLE_VALUE}}" aria-describedby="practice-title-hint{{#TITLE_ERROR}} practice-title-error{{/TITLE_ERROR}}"{{#TITLE_ERROR}} aria-invalid="true"{{/TITLE_ERROR}}>
</div>
<div class="field{{#SUMMARY_ERROR}} field--error{{/SUMMARY_ERROR}}">
<label for="practice-summary">[[submission.field.summary]]</label>
<p class="field__hint" id="practice-summary-hint">[[submission.hint.summary]]</p>
{{#SUMMARY_ERROR}}<p class="field__error" id="practice-summary-error">{{MESSAGE}}</p>
{{/SUMMARY_ERROR}}<textarea id="practice-summary" name="summary" rows="4" maxlength="1000" data-counter aria-describedby="practice-summary-hint{{#SUMMARY_ERROR}} practice-summary-error{{/SUMMARY_ERROR}}"{{#SUMMARY_ERROR}} aria-invalid="true"{{/SUMMARY_ERROR}}>{{SUMMARY}}</textarea>
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
{{/ERROR}}<textarea id="practice-section_{{KEY}}" name="section_{{KEY}}" rows="8" maxlength="20000" data-counter aria-describedby="practice-section_{{KEY}}-hint{{#ERROR}} practice-section_{{KEY}}-error{{/ERROR}}"{{#ERROR}} aria-invalid="true"{{/ERROR}}>{{VALUE}}</textarea>
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
{{#UPLOADS}}<fieldset id="practice-media" class="practice-form__group">
<legend>[[media.group]]</legend>
<p>[[media.intro]]</p>
{{#HAS_IMAGES}}<ul class="practice-form__media">
{{#IMAGE}}<li class="practice-form__media-item">
<img src="{{THUMBNAIL_URL}}" alt="{{DESCRIPTION}}" width="{{WIDTH}}" height="{{HEIGHT}}">
<div class="field{{#ERROR}} field--error{{/ERROR}}">
<label for="practice-media_{{ID}}_alt">[[media.field.image_alt]] ({{NAME}})</label>
{{#ERROR}}<p class="field__error" id="practice-media_{{ID}}_alt-error">{{MESSAGE}}</p>
{{/ERROR}}<input id="practice-media_{{ID}}_alt" name="media_{{ID}}_alt" type="text" maxlength="300" value="{{DESCRIPTION}}"{{#ERROR}} aria-invalid="true" aria-describedby="practice-media_{{ID}}_alt-error"{{/ERROR}}>
</div>
<div><input type="checkbox" id="practice-remove-{{ID}}" name="remove_media" value="{{ID}}"> <label for="practice-remove-{{ID}}">[[media.remove_image]] ({{NAME}})</label></div>
</li>
{{/IMAGE}}</ul>
{{/HAS_IMAGES}}<div class="field{{#IMAGE_ERROR}} field--error{{/IMAGE_ERROR}}">
<label for="practice-image">[[media.field.image]]</label>
<p class="field__hint" id="practice-image-hint">[[media.hint.image]] {{MAX_IMAGE_MB}} [[media.megabytes]]</p>
{{#IMAGE_ERROR}}<p class="field__error" id="practice-image-error">{{MESSAGE}}</p>
{{/IMAGE_ERROR}}<input id="practice-image" name="image" type="file" accept="image/jpeg,image/png,image/webp" aria-describedby="practice-image-hint{{#IMAGE_ERROR}} practice-image-error{{/IMAGE_ERROR}}"{{#IMAGE_ERROR}} aria-invalid="true"{{/IMAGE_ERROR}}>
</div>
<div class="field{{#IMAGE_ALT_ERROR}} field--error{{/IMAGE_ALT_ERROR}}">
<label for="practice-image_alt">[[media.field.new_image_alt]]</label>
<p class="field__hint" id="practice-image_alt-hint">[[media.hint.image_alt]]</p>
{{#IMAGE_ALT_ERROR}}<p class="field__error" id="practice-image_alt-error">{{MESSAGE}}</p>
{{/IMAGE_ALT_ERROR}}<input id="practice-image_alt" name="image_alt" type="text" maxlength="300" data-counter aria-describedby="practice-image_alt-hint{{#IMAGE_ALT_ERROR}} practice-image_alt-error{{/IMAGE_ALT_ERROR}}"{{#IMAGE_ALT_ERROR}} aria-invalid="true"{{/IMAGE_ALT_ERROR}}>
</div>
{{#HAS_ATTACHMENTS}}<ul class="practice-form__media">
{{#ATTACHMENT}}<li class="practice-form__media-item">
<p><a href="{{URL}}">{{NAME}}</a> ({{PAGES}} [[media.pages]])</p>
<div class="field{{#ERROR}} field--error{{/ERROR}}">
<label for="practice-media_{{ID}}_alt">[[media.field.attachment_title]] ({{NAME}})</label>
{{#ERROR}}<p class="field__error" id="practice-media_{{ID}}_alt-error">{{MESSAGE}}</p>
{{/ERROR}}<input id="practice-media_{{ID}}_alt" name="media_{{ID}}_alt" type="text" maxlength="300" value="{{DESCRIPTION}}"{{#ERROR}} aria-invalid="true" aria-describedby="practice-media_{{ID}}_alt-error"{{/ERROR}}>
</div>
<div><input type="checkbox" id="practice-remove-{{ID}}" name="remove_media" value="{{ID}}"> <label for="practice-remove-{{ID}}">[[media.remove_attachment]] ({{NAME}})</label></div>
</li>
{{/ATTACHMENT}}</ul>
{{/HAS_ATTACHMENTS}}<div class="field{{#ATTACHMENT_ERROR}} field--error{{/ATTACHMENT_ERROR}}">
<label for="practice-attachment">[[media.field.attachment]]</label>
<p class="field__hint" id="practice-attachment-hint">[[media.hint.attachment]] {{MAX_PDF_MB}} [[media.megabytes]]</p>
{{#ATTACHMENT_ERROR}}<p class="field__error" id="practice-attachment-error">{{MESSAGE}}</p>
{{/ATTACHMENT_ERROR}}<input id="practice-attachment" name="attachment" type="file" accept="application/pdf" aria-describedby="practice-attachment-hint{{#ATTACHMENT_ERROR}} practice-attachment-error{{/ATTACHMENT_ERROR}}"{{#ATTACHMENT_ERROR}} aria-invalid="true"{{/ATTACHMENT_ERROR}}>
</div>
<div class="field{{#ATTACHMENT_TITLE_ERROR}} field--error{{/ATTACHMENT_TITLE_ERROR}}">
<label for="practice-attachment_title">[[media.field.new_attachment_title]]</label>
{{#ATTACHMENT_TITLE_ERROR}}<p class="field__error" id="practice-attachment_title-error">{{MESSAGE}}</p>
{{/ATTACHMENT_TITLE_ERROR}}<input id="practice-attachment_title" name="attachment_title" type="text" maxlength="300"{{#ATTACHMENT_TITLE_ERROR}} aria-invalid="true" aria-describedby="practice-attachment_title-error"{{/ATTACHMENT_TITLE_ERROR}}>
</div>
</fieldset>
{{/UPLOADS}}{{#CAMPAIGN_PICKS}}<fieldset class="practice-form__group" aria-describedby="practice-campaign-hint">
<legend>[[campaigns.picks.legend]] <span lang="fi">{{NAME}}</span></legend>
<p class="field__hint" id="practice-campaign-hint">[[campaigns.picks.hint]] {{DEADLINE}}.</p>
{{#CATEGORY}}<div class="choice"><input type="checkbox" id="practice-campaign-{{SLUG}}" name="campaign_category" value="{{SLUG}}"{{#CHECKED}} checked{{/CHECKED}}> <label for="practice-campaign-{{SLUG}}"><span lang="fi">{{NAME}}</span></label></div>
{{/CATEGORY}}</fieldset>
{{/CAMPAIGN_PICKS}}<div class="practice-form__buttons">
<button type="submit" name="action" value="save" class="button button--secondary">[[submission.button.save]]</button>
<button type="submit" name="action" value="preview" class="button button--secondary">[[submission.button.preview]]</button>
<button type="submit" name="action" value="submit" class="button">[[submission.button.submit]]</button>
</div>
<p id="practice-form-status" class="practice-form__status" role="status"></p>
</form>
<script src="{{FORM_SCRIPT}}" defer></script>
</div>
