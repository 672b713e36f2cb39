{{%AUTOESCAPE context="HTML"}}
{{! SPDX-License-Identifier: AGPL-3.0-or-later }}
{{! An organisation's request to join a network (/verkostot/{slug}/liity): the visitor's organisations outside it and a message to the leaders. Values: src/tori/web/networks/network_membership_actions.cpp. }}
<p class="breadcrumb"><a href="[[@prefix]]/verkostot">[[networks.list.title]]</a> › <a href="{{NETWORK_URL}}" lang="fi">{{NAME}}</a></p>
<h1>[[networks.join.title]]: <span lang="fi">{{NAME}}</span></h1>
{{#NOTICE}}<p class="notice" role="status">{{TEXT}}</p>
{{/NOTICE}}<p>[[networks.join.lead]]</p>
{{#MEMBER_ALREADY}}<p>[[networks.join.member_already]] <a href="{{AREA_URL}}">[[networks.area.link]]</a></p>
{{/MEMBER_ALREADY}}{{#NO_ORGANISATIONS}}<p>[[networks.join.no_organisations]] <a href="[[@prefix]]/omat-tiedot/organisaatiot">[[networks.join.organisations_link]]</a></p>
{{/NO_ORGANISATIONS}}{{#FORM}}{{#ERROR_SUMMARY}}<div class="error-summary" role="alert" tabindex="-1">
<h2>[[networks.errors.heading]]</h2>
<ul>{{#ERROR}}<li><a href="#{{ID}}">{{MESSAGE}}</a></li>{{/ERROR}}</ul>
</div>
{{/ERROR_SUMMARY}}<form id="join-form" method="post" action="{{ACTION}}">
<input type="hidden" name="csrf" value="{{CSRF}}">
<div class="field">
<label for="join-form-organisation">[[networks.join.organisation]]</label>
<select id="join-form-organisation" name="organisation">
{{#ORGANISATION}}<option value="{{VALUE}}" lang="fi"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>
{{/ORGANISATION}}</select>
</div>
<div class="field{{#MESSAGE_ERROR}} field--error{{/MESSAGE_ERROR}}">
<label for="join-form-message">[[networks.join.message]]</label>
{{#MESSAGE_ERROR}}<p class="field__error" id="join-form-message-error">{{MESSAGE}}</p>
{{/MESSAGE_ERROR}}<textarea id="join-form-message" name="message" rows="4" maxlength="2000"{{#MESSAGE_ERROR}} aria-invalid="true" aria-describedby="join-form-message-error"{{/MESSAGE_ERROR}}>{{TEXT:pre_escape}}</textarea>
</div>
<button type="submit">[[networks.join.submit]]</button>
</form>
{{/FORM}}
