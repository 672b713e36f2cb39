{{%AUTOESCAPE context="HTML"}}
{{! SPDX-License-Identifier: AGPL-3.0-or-later }}
{{! The leaders' form of a network (/verkostot/{slug}/muokkaa): goals, listing, the board's visibility and results; meetings as rows (more rows without JavaScript, a stored one removable); the people each member organisation appointed; errors beside the inputs and summarised at the top. Values: src/tori/web/networks/network_edit_page.cpp. }}
<p class="breadcrumb"><a href="{{BACK_URL}}">[[network_edit.back]]</a></p>
<div class="event-form network-edit-form">
<h1>[[network_edit.heading]]: <span lang="fi">{{NAME}}</span></h1>
{{#ERROR_SUMMARY}}<div class="error-summary" role="alert" tabindex="-1">
<h2>[[networks.errors.heading]]</h2>
<ul>{{#ERROR}}<li><a href="#{{ID}}">{{MESSAGE}}</a></li>{{/ERROR}}</ul>
</div>
{{/ERROR_SUMMARY}}<form id="edit-form" method="post" action="{{ACTION}}" novalidate>
<input type="hidden" name="csrf" value="{{CSRF}}">
{{#FORM_ERROR}}<p class="field__error">{{MESSAGE}}</p>
{{/FORM_ERROR}}<fieldset class="event-form__group" id="edit-basics">
<legend>[[network_edit.basics]]</legend>
<div class="field{{#GOALS_ERROR}} field--error{{/GOALS_ERROR}}">
<label for="edit-goals">[[network_edit.field.goals]]</label>
<p class="field__hint" id="edit-goals-hint">[[network_edit.hint.goals]]</p>
{{#GOALS_ERROR}}<p class="field__error" id="edit-goals-error">{{MESSAGE}}</p>
{{/GOALS_ERROR}}<textarea id="edit-goals" name="goals" rows="10" lang="fi" aria-describedby="edit-goals-hint{{#GOALS_ERROR}} edit-goals-error{{/GOALS_ERROR}}"{{#GOALS_ERROR}} aria-invalid="true"{{/GOALS_ERROR}}>{{GOALS:pre_escape}}</textarea>
</div>
<div class="field">
<div class="choice"><input id="edit-listed" name="listed" type="checkbox" value="1" aria-describedby="edit-listed-hint"{{#LISTED}} checked{{/LISTED}}> <label for="edit-listed">[[network_edit.field.listed]]</label></div>
<p class="field__hint" id="edit-listed-hint">[[network_edit.hint.listed]]</p>
</div>
<fieldset class="field choices{{#BOARD_ERROR}} field--error{{/BOARD_ERROR}}" id="edit-board"{{#BOARD_ERROR}} aria-describedby="edit-board-error"{{/BOARD_ERROR}}>
<legend>[[network_edit.field.board]]</legend>
{{#BOARD_ERROR}}<p class="field__error" id="edit-board-error">{{MESSAGE}}</p>
{{/BOARD_ERROR}}<div class="choice"><input id="edit-board-members" name="board" type="radio" value="members"{{#BOARD_MEMBERS}} checked{{/BOARD_MEMBERS}}> <label for="edit-board-members">[[network_edit.board.members]]</label></div>
<div class="choice"><input id="edit-board-public" name="board" type="radio" value="public"{{#BOARD_PUBLIC}} checked{{/BOARD_PUBLIC}}> <label for="edit-board-public">[[network_edit.board.public]]</label></div>
</fieldset>
<div class="field{{#RESULTS_ERROR}} field--error{{/RESULTS_ERROR}}">
<label for="edit-results">[[network_edit.field.results]]</label>
<p class="field__hint" id="edit-results-hint">[[network_edit.hint.results]]</p>
{{#RESULTS_ERROR}}<p class="field__error" id="edit-results-error">{{MESSAGE}}</p>
{{/RESULTS_ERROR}}<textarea id="edit-results" name="results" rows="4" aria-describedby="edit-results-hint{{#RESULTS_ERROR}} edit-results-error{{/RESULTS_ERROR}}"{{#RESULTS_ERROR}} aria-invalid="true"{{/RESULTS_ERROR}}>{{RESULTS:pre_escape}}</textarea>
</div>
</fieldset>
<fieldset class="event-form__group" id="edit-meetings" aria-describedby="edit-meetings-hint{{#MEETINGS_ERROR}} edit-meetings-error{{/MEETINGS_ERROR}}">
<legend>[[network_edit.meetings]]</legend>
<p class="field__hint" id="edit-meetings-hint">[[network_edit.hint.meetings]]</p>
{{#MEETINGS_ERROR}}<p class="field__error" id="edit-meetings-error">{{MESSAGE}}</p>
{{/MEETINGS_ERROR}}{{#MEETING}}<fieldset class="event-form__row">
<legend>[[network_edit.meeting]] {{NUMBER}}</legend>
<input type="hidden" name="meeting{{N}}_stored" value="{{STORED}}">
<div class="field event-form__short{{#DATE_ERROR}} field--error{{/DATE_ERROR}}">
<label for="edit-meeting{{N}}_date">[[network_edit.field.date]]</label>
{{#DATE_ERROR}}<p class="field__error" id="edit-meeting{{N}}_date-error">{{MESSAGE}}</p>
{{/DATE_ERROR}}<input id="edit-meeting{{N}}_date" name="meeting{{N}}_date" type="{{DATE_TYPE}}" value="{{DATE}}"{{#DATE_ERROR}} aria-describedby="edit-meeting{{N}}_date-error" aria-invalid="true"{{/DATE_ERROR}}>
</div>
<div class="field{{#PLACE_ERROR}} field--error{{/PLACE_ERROR}}">
<label for="edit-meeting{{N}}_place">[[network_edit.field.place]]</label>
{{#PLACE_ERROR}}<p class="field__error" id="edit-meeting{{N}}_place-error">{{MESSAGE}}</p>
{{/PLACE_ERROR}}<input id="edit-meeting{{N}}_place" name="meeting{{N}}_place" type="text" lang="fi" value="{{PLACE}}"{{#PLACE_ERROR}} aria-describedby="edit-meeting{{N}}_place-error" aria-invalid="true"{{/PLACE_ERROR}}>
</div>
<div class="field">
<div class="choice"><input id="edit-meeting{{N}}_remote" name="meeting{{N}}_remote" type="checkbox" value="1"{{#REMOTE}} checked{{/REMOTE}}> <label for="edit-meeting{{N}}_remote">[[network_edit.field.remote]]</label></div>
</div>
<div class="field{{#REGISTRATION_ERROR}} field--error{{/REGISTRATION_ERROR}}">
<label for="edit-meeting{{N}}_registration">[[network_edit.field.registration]]</label>
{{#REGISTRATION_ERROR}}<p class="field__error" id="edit-meeting{{N}}_registration-error">{{MESSAGE}}</p>
{{/REGISTRATION_ERROR}}<select id="edit-meeting{{N}}_registration" name="meeting{{N}}_registration"{{#REGISTRATION_ERROR}} aria-describedby="edit-meeting{{N}}_registration-error" aria-invalid="true"{{/REGISTRATION_ERROR}}>
<option value="members"{{#MEMBERS_ONLY}} selected{{/MEMBERS_ONLY}}>[[network_edit.registration.members]]</option>
<option value="open"{{#OPEN}} selected{{/OPEN}}>[[network_edit.registration.open]]</option>
</select>
</div>
<div class="field{{#AGENDA_ERROR}} field--error{{/AGENDA_ERROR}}">
<label for="edit-meeting{{N}}_agenda">[[network_edit.field.agenda]]</label>
<p class="field__hint" id="edit-meeting{{N}}_agenda-hint">[[network_edit.hint.agenda]]</p>
{{#AGENDA_ERROR}}<p class="field__error" id="edit-meeting{{N}}_agenda-error">{{MESSAGE}}</p>
{{/AGENDA_ERROR}}<textarea id="edit-meeting{{N}}_agenda" name="meeting{{N}}_agenda" rows="5" lang="fi" aria-describedby="edit-meeting{{N}}_agenda-hint{{#AGENDA_ERROR}} edit-meeting{{N}}_agenda-error{{/AGENDA_ERROR}}"{{#AGENDA_ERROR}} aria-invalid="true"{{/AGENDA_ERROR}}>{{AGENDA:pre_escape}}</textarea>
</div>
{{#MINUTES_KEPT}}<p>[[network_edit.minutes_kept]]</p>
{{/MINUTES_KEPT}}{{#EVENT}}<p><a href="{{EVENT_URL}}">[[network_edit.event_link]]<span class="visually-hidden"> ([[network_edit.meeting]] {{NUMBER}})</span></a></p>
{{/EVENT}}{{#REMOVABLE}}<div class="choice"><input id="edit-meeting{{N}}_remove" name="meeting{{N}}_remove" type="checkbox" value="1"{{#REMOVE}} checked{{/REMOVE}}> <label for="edit-meeting{{N}}_remove">[[network_edit.field.remove]]<span class="visually-hidden"> ([[network_edit.meeting]] {{NUMBER}})</span></label></div>
{{/REMOVABLE}}</fieldset>
{{/MEETING}}<p><button type="submit" class="button button--secondary" name="action" value="more-rows">[[network_edit.more_rows]]</button></p>
</fieldset>
<fieldset class="event-form__group" id="edit-people" aria-describedby="edit-people-hint">
<legend>[[network_edit.people]]</legend>
<p class="field__hint" id="edit-people-hint">[[network_edit.hint.people]]</p>
{{#NO_MEMBERS}}<p>[[network_edit.no_members]]</p>
{{/NO_MEMBERS}}{{#MEMBER}}<div class="field{{#PEOPLE_ERROR}} field--error{{/PEOPLE_ERROR}}">
<label for="edit-people-{{SLUG}}" lang="fi">{{NAME}}</label>
{{#PEOPLE_ERROR}}<p class="field__error" id="edit-people-{{SLUG}}-error">{{MESSAGE}}</p>
{{/PEOPLE_ERROR}}<textarea id="edit-people-{{SLUG}}" name="people-{{SLUG}}" rows="3" lang="fi"{{#PEOPLE_ERROR}} aria-describedby="edit-people-{{SLUG}}-error" aria-invalid="true"{{/PEOPLE_ERROR}}>{{PEOPLE:pre_escape}}</textarea>
</div>
{{/MEMBER}}</fieldset>
<p class="event-form__buttons"><button type="submit" class="button" name="action" value="save">[[network_edit.save]]</button> <a href="{{BACK_URL}}">[[network_edit.cancel]]</a></p>
</form>
</div>
