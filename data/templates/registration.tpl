{{%AUTOESCAPE context="HTML"}}
{{! SPDX-License-Identifier: AGPL-3.0-or-later }}
{{! The registration form of an event (/tapahtumat/{slug}/ilmoittaudu), or why it cannot be used now (not yet open, closed, the event over, a network's members-only meeting). Values: src/tori/web/registration/registration_form.cpp. }}
<p class="breadcrumb"><a href="[[@prefix]]/tapahtumat">[[events.list.title]]</a> › <a href="[[@prefix]]/tapahtumat/{{SLUG}}">{{EVENT_TITLE}}</a></p>
<div class="registration">
<h1>[[registration.heading]]</h1>
<p class="registration__event"><strong>{{EVENT_TITLE}}</strong><br>{{EVENT_TIME}} · {{EVENT_PLACE}}</p>
{{#MEMBERS_ONLY}}<p class="notice" role="status">{{MESSAGE}}</p>
<ul>
{{#LOG_IN}}<li><a href="{{URL}}">[[registration.members_only.log_in]]</a></li>
{{/LOG_IN}}<li><a href="{{NETWORK_URL}}">[[registration.members_only.network]]</a></li>
<li><a href="{{JOIN_URL}}">[[registration.members_only.join]]</a></li>
<li><a href="[[@prefix]]/tapahtumat/{{SLUG}}">[[registration.back_to_event]]</a></li>
</ul>
{{/MEMBERS_ONLY}}{{#UNAVAILABLE}}<p class="notice" role="status">{{MESSAGE}}</p>
<p><a href="[[@prefix]]/tapahtumat/{{SLUG}}">[[registration.back_to_event]]</a></p>
{{/UNAVAILABLE}}{{#FORM}}{{#FULL}}<p class="notice">[[registration.full]]</p>
{{/FULL}}{{#SEATS_LEFT}}<p>{{TEXT}}</p>
{{/SEATS_LEFT}}{{#ERROR_SUMMARY}}<div class="error-summary" role="alert" tabindex="-1">
<h2>[[registration.errors.heading]]</h2>
<ul>{{#ERROR}}<li><a href="#{{ID}}">{{MESSAGE}}</a></li>{{/ERROR}}</ul>
</div>
{{/ERROR_SUMMARY}}<form id="registration-form" method="post" action="[[@prefix]]/tapahtumat/{{SLUG}}/ilmoittaudu" novalidate>
<input type="hidden" name="csrf" value="{{CSRF}}">
<input type="hidden" name="form_key" value="{{FORM_KEY}}">
{{>FIELDS}}
<div class="form-trap">
<label for="registration-website">[[registration.trap]]</label>
<input id="registration-website" name="website" type="text" tabindex="-1" autocomplete="off">
</div>
{{#CONSENT}}<div class="field{{#CONSENT_ERROR}} field--error{{/CONSENT_ERROR}}">
<p id="registration-consent-text" class="registration__terms" lang="{{LANG}}">{{TEXT}}</p>
{{#CONSENT_ERROR}}<p class="field__error" id="registration-consent-error">{{MESSAGE}}</p>
{{/CONSENT_ERROR}}<div class="choice"><input type="checkbox" id="registration-consent" name="consent" value="yes"{{#CHECKED}} checked{{/CHECKED}} aria-describedby="registration-consent-text{{#CONSENT_ERROR}} registration-consent-error{{/CONSENT_ERROR}}"{{#CONSENT_ERROR}} aria-invalid="true"{{/CONSENT_ERROR}}> <label for="registration-consent">[[registration.consent_accept]]</label></div>
</div>
{{/CONSENT}}<p class="registration__consent">[[registration.consent]] <a href="[[@prefix]]/tietosuoja">[[registration.privacy_link]]</a>.</p>
<button type="submit" class="button">{{#FULL}}[[registration.button_waiting]]{{/FULL}}{{#NOT_FULL}}[[registration.button]]{{/NOT_FULL}}</button>
</form>
{{/FORM}}</div>
