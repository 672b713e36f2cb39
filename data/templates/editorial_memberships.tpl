{{%AUTOESCAPE context="HTML"}}
{{! SPDX-License-Identifier: AGPL-3.0-or-later }}
{{! Requests to join organisations for the editors (/toimitus/jasenyydet), oldest first. Values: src/tori/web/account/membership_pages.cpp. }}
<h1>[[membership.requests.title]]</h1>
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
{{/REQUEST}}
