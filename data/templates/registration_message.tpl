{{%AUTOESCAPE context="HTML"}}
{{! SPDX-License-Identifier: AGPL-3.0-or-later }}
{{! A message from the staff to an event's registrants (/toimitus/tapahtumat/{slug}/viesti): whom to, subject and text, then the messages sent before. Values: src/tori/web/registration/event_notice_pages.cpp. }}
<p class="breadcrumb"><a href="[[@prefix]]/toimitus/tapahtumat/{{SLUG}}/ilmoittautuneet">[[registration.staff.heading]]</a></p>
<h1>[[registration.message.heading]]: <span lang="{{LANG}}">{{EVENT_TITLE}}</span></h1>
<p>{{EVENT_TIME}}</p>
{{#NOTICE}}<p class="notice notice--success" role="status">{{TEXT}}</p>
{{/NOTICE}}{{#ERROR_SUMMARY}}<div class="error-summary" role="alert" tabindex="-1">
<h2>[[registration.errors.heading]]</h2>
<ul>{{#ERROR}}<li><a href="#{{ID}}">{{MESSAGE}}</a></li>{{/ERROR}}</ul>
</div>
{{/ERROR_SUMMARY}}<form id="message-form" method="post" action="[[@prefix]]/toimitus/tapahtumat/{{SLUG}}/viesti" novalidate>
<input type="hidden" name="csrf" value="{{CSRF}}">
<fieldset class="field{{#AUDIENCE_ERROR}} field--error{{/AUDIENCE_ERROR}}" id="message-audience">
<legend>[[registration.message.audience]]</legend>
{{#AUDIENCE_ERROR}}<p class="field__error">{{MESSAGE}}</p>
{{/AUDIENCE_ERROR}}{{#AUDIENCE}}<div class="choice"><input type="radio" id="message-audience-{{VALUE}}" name="audience" value="{{VALUE}}"{{#CHECKED}} checked{{/CHECKED}}> <label for="message-audience-{{VALUE}}">{{LABEL}}</label></div>
{{/AUDIENCE}}</fieldset>
<div class="field{{#SUBJECT_ERROR}} field--error{{/SUBJECT_ERROR}}">
<label for="message-subject">[[registration.message.subject]]</label>
{{#SUBJECT_ERROR}}<p class="field__error" id="message-subject-error">{{MESSAGE}}</p>
{{/SUBJECT_ERROR}}<input id="message-subject" name="subject" type="text" maxlength="200" value="{{SUBJECT}}"{{#SUBJECT_ERROR}} aria-invalid="true" aria-describedby="message-subject-error"{{/SUBJECT_ERROR}}>
</div>
<div class="field{{#BODY_ERROR}} field--error{{/BODY_ERROR}}">
<label for="message-body">[[registration.message.body]]</label>
<p class="field__hint" id="message-body-hint">[[registration.message.body_hint]]</p>
{{#BODY_ERROR}}<p class="field__error" id="message-body-error">{{MESSAGE}}</p>
{{/BODY_ERROR}}<textarea id="message-body" name="body" rows="10" maxlength="5000" aria-describedby="message-body-hint{{#BODY_ERROR}} message-body-error{{/BODY_ERROR}}"{{#BODY_ERROR}} aria-invalid="true"{{/BODY_ERROR}}>{{BODY}}</textarea>
</div>
<button type="submit" class="button">[[registration.message.send]]</button>
</form>
<section aria-labelledby="message-sent-heading">
<h2 id="message-sent-heading">[[registration.message.sent_heading]]</h2>
{{#SENT}}<article class="sent-message">
<h3>{{SUBJECT}}</h3>
<p class="sent-message__meta">{{WHEN}} · {{TO}}</p>
<p class="sent-message__body">{{BODY}}</p>
</article>
{{/SENT}}{{#NONE_SENT}}<p>[[registration.message.none_sent]]</p>
{{/NONE_SENT}}</section>
