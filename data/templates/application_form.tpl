{{%AUTOESCAPE context="HTML"}}
{{! SPDX-License-Identifier: AGPL-3.0-or-later }}
{{! The application form of a service (/hakemus/{type}), or that applications are closed. Values: src/tori/web/applications/application_form.cpp and application_fields.cpp. }}
{{#WORKSHOP}}<p class="breadcrumb"><a href="[[@prefix]]/tyopajat">[[applications.workshops.title]]</a></p>
{{/WORKSHOP}}<div class="registration">
<h1>[[applications.form.heading]]: {{SERVICE}}</h1>
{{#CLOSED}}<p class="notice" role="status">{{MESSAGE}}</p>
<p>[[applications.form.closed_text]]</p>
{{/CLOSED}}{{#FORM}}<p>{{WINDOW}}</p>
{{#ERROR_SUMMARY}}<div class="error-summary" role="alert" tabindex="-1">
<h2>[[applications.errors.heading]]</h2>
<ul>{{#ERROR}}<li><a href="#{{ID}}">{{MESSAGE}}</a></li>{{/ERROR}}</ul>
</div>
{{/ERROR_SUMMARY}}<form id="application-form" method="post" action="[[@prefix]]/hakemus/{{CODE}}" novalidate>
<input type="hidden" name="csrf" value="{{CSRF}}">
<input type="hidden" name="form_key" value="{{FORM_KEY}}">
<div class="field{{#CONTACT_NAME_ERROR}} field--error{{/CONTACT_NAME_ERROR}}">
<label for="application-contact_name">[[applications.field.contact_name]] <span class="field__required">([[registration.required]])</span></label>
{{#CONTACT_NAME_ERROR}}<p class="field__error" id="application-contact_name-error">{{MESSAGE}}</p>
{{/CONTACT_NAME_ERROR}}<input id="application-contact_name" name="contact_name" type="text" autocomplete="name" maxlength="200" value="{{CONTACT_NAME}}"{{#CONTACT_NAME_ERROR}} aria-invalid="true" aria-describedby="application-contact_name-error"{{/CONTACT_NAME_ERROR}}>
</div>
<div class="field{{#EMAIL_ERROR}} field--error{{/EMAIL_ERROR}}">
<label for="application-email">[[applications.field.email]] <span class="field__required">([[registration.required]])</span></label>
<p class="field__hint" id="application-email-hint">[[applications.field.email_hint]]</p>
{{#EMAIL_ERROR}}<p class="field__error" id="application-email-error">{{MESSAGE}}</p>
{{/EMAIL_ERROR}}<input id="application-email" name="email" type="email" autocomplete="email" spellcheck="false" maxlength="200" value="{{EMAIL}}" aria-describedby="application-email-hint{{#EMAIL_ERROR}} application-email-error{{/EMAIL_ERROR}}"{{#EMAIL_ERROR}} aria-invalid="true"{{/EMAIL_ERROR}}>
</div>
<div class="field{{#PHONE_ERROR}} field--error{{/PHONE_ERROR}}">
<label for="application-phone">[[applications.field.phone]]</label>
{{#PHONE_ERROR}}<p class="field__error" id="application-phone-error">{{MESSAGE}}</p>
{{/PHONE_ERROR}}<input id="application-phone" name="phone" type="tel" autocomplete="tel" maxlength="40" value="{{PHONE}}"{{#PHONE_ERROR}} aria-invalid="true" aria-describedby="application-phone-error"{{/PHONE_ERROR}}>
</div>
<div class="field{{#ORGANISATION_ERROR}} field--error{{/ORGANISATION_ERROR}}">
<label for="application-organisation">[[applications.field.organisation]] <span class="field__required">([[registration.required]])</span></label>
{{#ORGANISATION_ERROR}}<p class="field__error" id="application-organisation-error">{{MESSAGE}}</p>
{{/ORGANISATION_ERROR}}<input id="application-organisation" name="organisation" type="text" autocomplete="organization" maxlength="200" value="{{ORGANISATION}}"{{#ORGANISATION_ERROR}} aria-invalid="true" aria-describedby="application-organisation-error"{{/ORGANISATION_ERROR}}>
</div>
<div class="field{{#STAFF_SIZE_ERROR}} field--error{{/STAFF_SIZE_ERROR}}">
<label for="application-staff_size">[[applications.field.staff_size]] <span class="field__required">([[registration.required]])</span></label>
{{#STAFF_SIZE_ERROR}}<p class="field__error" id="application-staff_size-error">{{MESSAGE}}</p>
{{/STAFF_SIZE_ERROR}}<input id="application-staff_size" name="staff_size" type="text" inputmode="numeric" maxlength="7" value="{{STAFF_SIZE}}"{{#STAFF_SIZE_ERROR}} aria-invalid="true" aria-describedby="application-staff_size-error"{{/STAFF_SIZE_ERROR}}>
</div>
<div class="field{{#DEVELOPMENT_ERROR}} field--error{{/DEVELOPMENT_ERROR}}">
<label for="application-development">[[applications.field.development]] <span class="field__required">([[registration.required]])</span></label>
{{#DEVELOPMENT_ERROR}}<p class="field__error" id="application-development-error">{{MESSAGE}}</p>
{{/DEVELOPMENT_ERROR}}<textarea id="application-development" name="development" rows="5" maxlength="4000"{{#DEVELOPMENT_ERROR}} aria-invalid="true" aria-describedby="application-development-error"{{/DEVELOPMENT_ERROR}}>{{DEVELOPMENT}}</textarea>
</div>
<fieldset class="field choices{{#PREFERRED_MONTHS_ERROR}} field--error{{/PREFERRED_MONTHS_ERROR}}" id="application-preferred_months"{{#PREFERRED_MONTHS_ERROR}} aria-describedby="application-preferred_months-error"{{/PREFERRED_MONTHS_ERROR}}>
<legend>[[applications.field.months]]</legend>
{{#PREFERRED_MONTHS_ERROR}}<p class="field__error" id="application-preferred_months-error">{{MESSAGE}}</p>
{{/PREFERRED_MONTHS_ERROR}}{{#MONTH}}<div class="choice"><input type="checkbox" id="application-month-{{N}}" name="months" value="{{N}}"{{#CHECKED}} checked{{/CHECKED}}> <label for="application-month-{{N}}">{{LABEL}}</label></div>
{{/MONTH}}</fieldset>
{{#QUESTION}}{{#TEXT}}<div class="field{{#Q_INVALID}} field--error{{/Q_INVALID}}">
<label for="application-q-{{ID}}">{{LABEL}}{{#REQUIRED}} <span class="field__required">([[registration.required]])</span>{{/REQUIRED}}</label>
{{#Q_ERROR}}<p class="field__error" id="application-q-{{ID}}-error">{{MESSAGE}}</p>
{{/Q_ERROR}}<textarea id="application-q-{{ID}}" name="q-{{ID}}" rows="3" maxlength="2000"{{#Q_ERROR}} aria-invalid="true" aria-describedby="application-q-{{ID}}-error"{{/Q_ERROR}}>{{VALUE}}</textarea>
</div>
{{/TEXT}}{{#SINGLE}}<fieldset class="field choices{{#Q_INVALID}} field--error{{/Q_INVALID}}" id="application-q-{{ID}}"{{#Q_ERROR}} aria-describedby="application-q-{{ID}}-error"{{/Q_ERROR}}>
<legend>{{LABEL}}{{#REQUIRED}} <span class="field__required">([[registration.required]])</span>{{/REQUIRED}}</legend>
{{#Q_ERROR}}<p class="field__error" id="application-q-{{ID}}-error">{{MESSAGE}}</p>
{{/Q_ERROR}}{{#CHOICE}}<div class="choice"><input type="radio" id="application-q-{{QID}}-{{N}}" name="q-{{QID}}" value="{{VALUE}}"{{#CHECKED}} checked{{/CHECKED}}> <label for="application-q-{{QID}}-{{N}}">{{VALUE}}</label></div>
{{/CHOICE}}</fieldset>
{{/SINGLE}}{{#MULTI}}<fieldset class="field choices{{#Q_INVALID}} field--error{{/Q_INVALID}}" id="application-q-{{ID}}"{{#Q_ERROR}} aria-describedby="application-q-{{ID}}-error"{{/Q_ERROR}}>
<legend>{{LABEL}}{{#REQUIRED}} <span class="field__required">([[registration.required]])</span>{{/REQUIRED}}</legend>
{{#Q_ERROR}}<p class="field__error" id="application-q-{{ID}}-error">{{MESSAGE}}</p>
{{/Q_ERROR}}{{#CHOICE}}<div class="choice"><input type="checkbox" id="application-q-{{QID}}-{{N}}" name="q-{{QID}}" value="{{VALUE}}"{{#CHECKED}} checked{{/CHECKED}}> <label for="application-q-{{QID}}-{{N}}">{{VALUE}}</label></div>
{{/CHOICE}}</fieldset>
{{/MULTI}}{{/QUESTION}}<div class="form-trap">
<label for="application-website">[[registration.trap]]</label>
<input id="application-website" name="website" type="text" tabindex="-1" autocomplete="off">
</div>
<p class="registration__consent">[[applications.consent]] <a href="[[@prefix]]/tietosuoja">[[registration.privacy_link]]</a>.</p>
<button type="submit" class="button">[[applications.button]]</button>
</form>
{{/FORM}}</div>
