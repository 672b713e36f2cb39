{{%AUTOESCAPE context="HTML"}}
{{! SPDX-License-Identifier: AGPL-3.0-or-later }}
{{! The editors' event form (/toimitus/tapahtumat/uusi, /toimitus/tapahtumat/{slug}/muokkaa): every field of an event in groups, the questions and the programme as rows (more rows without JavaScript), errors beside the inputs and summarised at the top. Values: src/tori/web/events_editor/event_form.cpp and event_form_view.cpp. }}
<p class="breadcrumb"><a href="[[@prefix]]/toimitus/tapahtumat">[[registration.staff.events_title]]</a></p>
<div class="event-form">
{{#EDITING}}<h1>[[event_editor.edit_heading]]: <span lang="{{LANG}}">{{EVENT_TITLE}}</span></h1>
<p><a href="[[@prefix]]/tapahtumat/{{SLUG}}">[[event_editor.view_event]]</a></p>
<p class="notice">[[event_editor.notified]]</p>
{{/EDITING}}{{#CREATING}}<h1>[[event_editor.new_title]]</h1>
{{/CREATING}}{{#ERROR_SUMMARY}}<div class="error-summary" role="alert" tabindex="-1">
<h2>[[registration.errors.heading]]</h2>
<ul>{{#ERROR}}<li><a href="#{{ID}}">{{MESSAGE}}</a></li>{{/ERROR}}</ul>
</div>
{{/ERROR_SUMMARY}}<form id="event-form" method="post" action="{{ACTION}}" novalidate>
<input type="hidden" name="csrf" value="{{CSRF}}">
<input type="hidden" name="closes_at" value="{{CLOSES_AT}}">
{{#GROUP}}<fieldset class="event-form__group" id="event-{{GROUP_NAME}}"{{#GROUP_DESCRIBED}} aria-describedby="{{IDS}}"{{/GROUP_DESCRIBED}}>
<legend>{{LEGEND}}</legend>
{{#GROUP_HINT}}<p class="field__hint" id="event-{{GROUP_NAME}}-hint">{{TEXT}}</p>
{{/GROUP_HINT}}{{#GROUP_ERROR}}<p class="field__error" id="event-{{GROUP_NAME}}-error">{{MESSAGE}}</p>
{{/GROUP_ERROR}}{{#FIELD}}{{>INPUT}}{{/FIELD}}{{#ROW}}<fieldset class="event-form__row">
<legend>{{ROW_LEGEND}}</legend>
{{#FIELD}}{{>INPUT}}{{/FIELD}}</fieldset>
{{/ROW}}{{#MORE}}<p><button type="submit" class="button button--secondary" name="action" value="more-rows">[[event_editor.more_rows]]<span class="visually-hidden"> ({{LEGEND}})</span></button></p>
{{/MORE}}</fieldset>
{{/GROUP}}<p class="event-form__buttons"><button type="submit" class="button" name="action" value="save">{{SAVE}}</button></p>
</form>
</div>
