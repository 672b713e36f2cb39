{{%AUTOESCAPE context="HTML"}}
{{! SPDX-License-Identifier: AGPL-3.0-or-later }}
{{! The registrant's fields and the event's questions, in the registration form and on the manage page (form id "registration"). Values: src/tori/web/registration/registration_fields.cpp. }}
<div class="field{{#NAME_ERROR}} field--error{{/NAME_ERROR}}">
<label for="registration-name">[[registration.field.name]] <span class="field__required">([[registration.required]])</span></label>
{{#NAME_ERROR}}<p class="field__error" id="registration-name-error">{{MESSAGE}}</p>
{{/NAME_ERROR}}<input id="registration-name" name="name" type="text" autocomplete="name" maxlength="200" value="{{NAME}}"{{#NAME_ERROR}} aria-invalid="true" aria-describedby="registration-name-error"{{/NAME_ERROR}}>
</div>
{{#EMAIL_FIELD}}<div class="field{{#EMAIL_ERROR}} field--error{{/EMAIL_ERROR}}">
<label for="registration-email">[[registration.field.email]] <span class="field__required">([[registration.required]])</span></label>
<p class="field__hint" id="registration-email-hint">[[registration.field.email_hint]]</p>
{{#EMAIL_ERROR}}<p class="field__error" id="registration-email-error">{{MESSAGE}}</p>
{{/EMAIL_ERROR}}<input id="registration-email" name="email" type="email" autocomplete="email" spellcheck="false" maxlength="200" value="{{EMAIL}}" aria-describedby="registration-email-hint{{#EMAIL_ERROR}} registration-email-error{{/EMAIL_ERROR}}"{{#EMAIL_ERROR}} aria-invalid="true"{{/EMAIL_ERROR}}>
</div>
{{/EMAIL_FIELD}}<div class="field{{#ORGANISATION_ERROR}} field--error{{/ORGANISATION_ERROR}}">
<label for="registration-organisation">[[registration.field.organisation]]</label>
{{#ORGANISATION_ERROR}}<p class="field__error" id="registration-organisation-error">{{MESSAGE}}</p>
{{/ORGANISATION_ERROR}}<input id="registration-organisation" name="organisation" type="text" autocomplete="organization" maxlength="200" value="{{ORGANISATION}}"{{#ORGANISATION_ERROR}} aria-invalid="true" aria-describedby="registration-organisation-error"{{/ORGANISATION_ERROR}}>
</div>
<div class="field{{#TITLE_ERROR}} field--error{{/TITLE_ERROR}}">
<label for="registration-title">[[registration.field.title]]</label>
{{#TITLE_ERROR}}<p class="field__error" id="registration-title-error">{{MESSAGE}}</p>
{{/TITLE_ERROR}}<input id="registration-title" name="title" type="text" autocomplete="organization-title" maxlength="200" value="{{TITLE}}"{{#TITLE_ERROR}} aria-invalid="true" aria-describedby="registration-title-error"{{/TITLE_ERROR}}>
</div>
{{#PARTICIPATION}}{{#CHOOSE}}<fieldset class="field choices{{#PARTICIPATION_ERROR}} field--error{{/PARTICIPATION_ERROR}}" id="registration-participation"{{#PARTICIPATION_ERROR}} aria-describedby="registration-participation-error"{{/PARTICIPATION_ERROR}}>
<legend>[[registration.field.participation]] <span class="field__required">([[registration.required]])</span></legend>
{{#PARTICIPATION_ERROR}}<p class="field__error" id="registration-participation-error">{{MESSAGE}}</p>
{{/PARTICIPATION_ERROR}}{{#MODE}}<div class="choice"><input type="radio" id="registration-participation-{{VALUE}}" name="participation" value="{{VALUE}}"{{#CHECKED}} checked{{/CHECKED}}> <label for="registration-participation-{{VALUE}}">{{LABEL}}{{#SEATS}} ({{TEXT}}){{/SEATS}}</label></div>
{{/MODE}}</fieldset>
{{/CHOOSE}}{{#FIXED}}<p class="field">[[registration.field.participation]]: {{CHOSEN}}. [[registration.participation_fixed]]</p>
{{/FIXED}}{{/PARTICIPATION}}{{#QUESTION}}{{#TEXT}}<div class="field{{#Q_INVALID}} field--error{{/Q_INVALID}}">
<label for="registration-q-{{ID}}">{{LABEL}}{{#REQUIRED}} <span class="field__required">([[registration.required]])</span>{{/REQUIRED}}</label>
{{#Q_ERROR}}<p class="field__error" id="registration-q-{{ID}}-error">{{MESSAGE}}</p>
{{/Q_ERROR}}<textarea id="registration-q-{{ID}}" name="q-{{ID}}" rows="3" maxlength="2000"{{#Q_ERROR}} aria-invalid="true" aria-describedby="registration-q-{{ID}}-error"{{/Q_ERROR}}>{{VALUE}}</textarea>
</div>
{{/TEXT}}{{#SINGLE}}<fieldset class="field choices{{#Q_INVALID}} field--error{{/Q_INVALID}}" id="registration-q-{{ID}}"{{#Q_ERROR}} aria-describedby="registration-q-{{ID}}-error"{{/Q_ERROR}}>
<legend>{{LABEL}}{{#REQUIRED}} <span class="field__required">([[registration.required]])</span>{{/REQUIRED}}</legend>
{{#Q_ERROR}}<p class="field__error" id="registration-q-{{ID}}-error">{{MESSAGE}}</p>
{{/Q_ERROR}}{{#CHOICE}}<div class="choice"><input type="radio" id="registration-q-{{QID}}-{{N}}" name="q-{{QID}}" value="{{VALUE}}"{{#CHECKED}} checked{{/CHECKED}}> <label for="registration-q-{{QID}}-{{N}}">{{VALUE}}</label></div>
{{/CHOICE}}</fieldset>
{{/SINGLE}}{{#MULTI}}<fieldset class="field choices{{#Q_INVALID}} field--error{{/Q_INVALID}}" id="registration-q-{{ID}}"{{#Q_ERROR}} aria-describedby="registration-q-{{ID}}-error"{{/Q_ERROR}}>
<legend>{{LABEL}}{{#REQUIRED}} <span class="field__required">([[registration.required]])</span>{{/REQUIRED}}</legend>
{{#Q_ERROR}}<p class="field__error" id="registration-q-{{ID}}-error">{{MESSAGE}}</p>
{{/Q_ERROR}}{{#CHOICE}}<div class="choice"><input type="checkbox" id="registration-q-{{QID}}-{{N}}" name="q-{{QID}}" value="{{VALUE}}"{{#CHECKED}} checked{{/CHECKED}}> <label for="registration-q-{{QID}}-{{N}}">{{VALUE}}</label></div>
{{/CHOICE}}</fieldset>
{{/MULTI}}{{/QUESTION}}
