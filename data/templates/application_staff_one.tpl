{{%AUTOESCAPE context="HTML"}}
{{! SPDX-License-Identifier: AGPL-3.0-or-later }}
{{! One application for the editors (/toimitus/hakemukset/{id}): what it says, and the moves its status allows (accept, decline, schedule a workshop, publish its summary). Values: src/tori/web/applications/staff_application_pages.cpp. }}
<p class="breadcrumb"><a href="[[@prefix]]/toimitus/hakemukset">[[applications.staff.title]]</a></p>
<h1>{{ORGANISATION}}</h1>
{{#NOTICE}}<p class="notice notice--success" role="status">{{TEXT}}</p>
{{/NOTICE}}<dl class="details">
<dt>[[applications.staff.col.service]]</dt><dd>{{SERVICE}}</dd>
<dt>[[applications.staff.col.status]]</dt><dd>{{STATUS}}</dd>
<dt>[[applications.staff.col.received]]</dt><dd>{{RECEIVED}}</dd>
<dt>[[applications.field.contact_name]]</dt><dd>{{CONTACT_NAME}}</dd>
<dt>[[applications.field.email]]</dt><dd>{{EMAIL}}</dd>
<dt>[[applications.field.phone]]</dt><dd>{{PHONE}}</dd>
<dt>[[applications.field.staff_size]]</dt><dd>{{STAFF_SIZE}}</dd>
<dt>[[applications.field.development]]</dt><dd>{{DEVELOPMENT}}</dd>
<dt>[[applications.field.months]]</dt><dd>{{MONTHS}}</dd>
{{#ANSWER}}<dt>{{LABEL}}</dt><dd>{{VALUE}}</dd>
{{/ANSWER}}{{#HAS_EVENT}}<dt>[[applications.staff.event]]</dt><dd><a href="[[@prefix]]/tapahtumat/{{EVENT_SLUG}}">{{EVENT_TITLE}}</a></dd>
{{/HAS_EVENT}}</dl>
{{#CAN_ACCEPT}}<form method="post" action="[[@prefix]]/toimitus/hakemukset/{{ID}}"><input type="hidden" name="csrf" value="{{CSRF}}"><input type="hidden" name="action" value="accept"><button type="submit" class="button">[[applications.staff.accept]]</button></form>
{{/CAN_ACCEPT}}{{#CAN_DECLINE}}<form method="post" action="[[@prefix]]/toimitus/hakemukset/{{ID}}"><input type="hidden" name="csrf" value="{{CSRF}}"><input type="hidden" name="action" value="decline"><button type="submit" class="button button--secondary">[[applications.staff.decline]]</button></form>
{{/CAN_DECLINE}}{{#CAN_SCHEDULE}}<h2 id="schedule-heading">[[applications.staff.schedule_heading]]</h2>
<form method="post" action="[[@prefix]]/toimitus/hakemukset/{{ID}}" aria-labelledby="schedule-heading">
<input type="hidden" name="csrf" value="{{CSRF}}"><input type="hidden" name="action" value="schedule">
<div class="field"><label for="schedule-date">[[applications.staff.date]]</label><input id="schedule-date" name="date" type="date" required></div>
<div class="field"><label for="schedule-starts">[[applications.staff.starts]]</label><input id="schedule-starts" name="starts" type="time" value="09:00" required></div>
<div class="field"><label for="schedule-ends">[[applications.staff.ends]]</label><input id="schedule-ends" name="ends" type="time" value="12:00" required></div>
<div class="field"><label for="schedule-place">[[applications.staff.place]]</label><input id="schedule-place" name="place" type="text" maxlength="200"></div>
<div class="field"><label for="schedule-address">[[applications.staff.address]]</label><input id="schedule-address" name="address" type="text" maxlength="200"></div>
<div class="field"><label for="schedule-municipality">[[applications.staff.municipality]]</label><input id="schedule-municipality" name="municipality" type="text" maxlength="200"></div>
<button type="submit" class="button">[[applications.staff.schedule]]</button>
</form>
{{/CAN_SCHEDULE}}{{#CAN_SUMMARISE}}<h2 id="summary-heading">[[applications.staff.summary_heading]]</h2>
<form method="post" action="[[@prefix]]/toimitus/hakemukset/{{ID}}" aria-labelledby="summary-heading">
<input type="hidden" name="csrf" value="{{CSRF}}"><input type="hidden" name="action" value="summary">
<div class="field"><label for="summary-text">[[applications.staff.summary]]</label><textarea id="summary-text" name="summary" rows="6" maxlength="4000" required>{{SUMMARY}}</textarea></div>
<div class="field"><label for="summary-practices">[[applications.staff.practices]]</label><p class="field__hint" id="summary-practices-hint">[[applications.staff.practices_hint]]</p><textarea id="summary-practices" name="practices" rows="3" aria-describedby="summary-practices-hint">{{PRACTICES}}</textarea></div>
<button type="submit" class="button">[[applications.staff.publish]]</button>
</form>
{{/CAN_SUMMARISE}}
