{{%AUTOESCAPE context="HTML"}}
{{! SPDX-License-Identifier: AGPL-3.0-or-later }}
{{! Cancelling an event (/toimitus/tapahtumat/{slug}/peru): what it does, the note for the public and the registrants, one button; or when it was cancelled. Values: src/tori/web/registration/event_notice_pages.cpp. }}
<p class="breadcrumb"><a href="[[@prefix]]/toimitus/tapahtumat/{{SLUG}}/ilmoittautuneet">[[registration.staff.heading]]</a></p>
<h1>[[registration.cancel_event.heading]]: <span lang="{{LANG}}">{{EVENT_TITLE}}</span></h1>
<p>{{EVENT_TIME}}</p>
{{#NOTICE}}<p class="notice" role="status">{{TEXT}}</p>
{{/NOTICE}}{{#ALREADY}}<p class="notice notice--warning">[[registration.cancel_event.already]] {{WHEN}}</p>
{{/ALREADY}}{{#FORM}}{{#ERROR_SUMMARY}}<div class="error-summary" role="alert" tabindex="-1">
<h2>[[registration.errors.heading]]</h2>
<ul>{{#ERROR}}<li><a href="#{{ID}}">{{MESSAGE}}</a></li>{{/ERROR}}</ul>
</div>
{{/ERROR_SUMMARY}}<p>[[registration.cancel_event.what]]</p>
<p>{{WHO}}</p>
<form id="cancel-form" method="post" action="[[@prefix]]/toimitus/tapahtumat/{{SLUG}}/peru" novalidate>
<input type="hidden" name="csrf" value="{{CSRF}}">
<div class="field{{#BODY_ERROR}} field--error{{/BODY_ERROR}}">
<label for="cancel-body">[[registration.cancel_event.note]]</label>
<p class="field__hint" id="cancel-body-hint">[[registration.cancel_event.note_hint]]</p>
{{#BODY_ERROR}}<p class="field__error" id="cancel-body-error">{{MESSAGE}}</p>
{{/BODY_ERROR}}<textarea id="cancel-body" name="body" rows="5" maxlength="5000" aria-describedby="cancel-body-hint{{#BODY_ERROR}} cancel-body-error{{/BODY_ERROR}}"{{#BODY_ERROR}} aria-invalid="true"{{/BODY_ERROR}}>{{NOTE}}</textarea>
</div>
<button type="submit" class="button">[[registration.cancel_event.submit]]</button>
</form>
{{/FORM}}
