{{%AUTOESCAPE context="HTML"}}
{{! SPDX-License-Identifier: AGPL-3.0-or-later }}
{{! My organisations (/omat-tiedot/organisaatiot): memberships and their state, a request to join, and for an organisation's admins the requests to decide. Values: src/tori/web/account/membership_pages.cpp. }}
<div class="account-form">
<h1>[[membership.heading]]</h1>
{{#REQUESTED}}<p class="notice notice--success" role="status">[[membership.requested]]</p>
{{/REQUESTED}}{{#ERROR_SUMMARY}}<div class="error-summary" role="alert" tabindex="-1">
<h2>[[account.errors.heading]]</h2>
<ul>{{#ERROR}}<li><a href="#{{ID}}">{{MESSAGE}}</a></li>{{/ERROR}}</ul>
</div>
{{/ERROR_SUMMARY}}<h2>[[membership.mine]]</h2>
{{#NO_MEMBERSHIPS}}<p>[[membership.none]]</p>
{{/NO_MEMBERSHIPS}}<ul>
{{#MEMBERSHIP}}<li>{{NAME}}: {{STATE}}{{#ADMIN}} ([[membership.admin]]){{/ADMIN}}</li>
{{/MEMBERSHIP}}</ul>
<p><a href="[[@prefix]]/teot/uusi">[[membership.write]]</a></p>
<section aria-labelledby="join-heading">
<h2 id="join-heading">[[membership.join]]</h2>
<form method="post" action="[[@prefix]]/omat-tiedot/organisaatiot" novalidate>
<input type="hidden" name="csrf" value="{{CSRF}}">
<div class="field{{#ORGANISATION_ERROR}} field--error{{/ORGANISATION_ERROR}}">
<label for="join-organisation">[[membership.organisation]]</label>
{{#ORGANISATION_ERROR}}<p class="field__error" id="join-organisation-error">{{MESSAGE}}</p>
{{/ORGANISATION_ERROR}}<select id="join-organisation" name="organisation"{{#ORGANISATION_ERROR}} aria-invalid="true" aria-describedby="join-organisation-error"{{/ORGANISATION_ERROR}}>
{{#ORGANISATION}}<option value="{{VALUE}}">{{LABEL}}</option>
{{/ORGANISATION}}</select>
</div>
<div class="field{{#MESSAGE_ERROR}} field--error{{/MESSAGE_ERROR}}">
<label for="join-message">[[membership.message]]</label>
<p class="field__hint" id="join-message-hint">[[membership.message_hint]]</p>
{{#MESSAGE_ERROR}}<p class="field__error" id="join-message-error">{{MESSAGE}}</p>
{{/MESSAGE_ERROR}}<textarea id="join-message" name="message" rows="3" maxlength="1000" aria-describedby="join-message-hint{{#MESSAGE_ERROR}} join-message-error{{/MESSAGE_ERROR}}"></textarea>
</div>
<button type="submit" class="button">[[membership.join_button]]</button>
</form>
</section>
{{#ADMINISTERS}}<section aria-labelledby="requests-heading">
<h2 id="requests-heading">[[membership.requests.heading]]</h2>
{{#NO_REQUESTS}}<p>[[membership.requests.none]]</p>
{{/NO_REQUESTS}}{{#REQUEST}}<form method="post" action="{{ACTION}}" class="membership-request">
<p><strong>{{NAME}}</strong> ({{EMAIL}}), {{ORGANISATION}}</p>
<p>{{MESSAGE}}</p>
<input type="hidden" name="csrf" value="{{CSRF}}">
<input type="hidden" name="account" value="{{ACCOUNT}}">
<input type="hidden" name="organisation" value="{{ORGANISATION_SLUG}}">
<input type="hidden" name="back" value="{{BACK}}">
<button type="submit" name="decision" value="approve">[[membership.approve]]</button>
<button type="submit" name="decision" value="decline" class="button--secondary">[[membership.decline]]</button>
</form>
{{/REQUEST}}</section>
{{/ADMINISTERS}}</div>
