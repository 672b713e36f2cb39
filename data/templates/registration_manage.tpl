{{%AUTOESCAPE context="HTML"}}
{{! SPDX-License-Identifier: AGPL-3.0-or-later }}
{{! A person's own registration (/ilmoittautuminen/{token}, the link in their mail): its status, an offered seat to take, details and answers to change, cancelling. Values: src/tori/web/registration/registration_manage.cpp. }}
<div class="registration">
<h1>[[registration.manage.heading]]</h1>
<p class="registration__event"><a href="[[@prefix]]/tapahtumat/{{SLUG}}"><strong>{{EVENT_TITLE}}</strong></a><br>{{EVENT_TIME}} · {{EVENT_PLACE}}</p>
{{#NOTICE}}<p class="notice" role="status">{{TEXT}}</p>
{{/NOTICE}}{{#EVENT_CANCELLED}}<div class="notice notice--warning" role="status"><p><strong>[[events.cancelled.notice]]</strong></p>{{#NOTE}}
<p lang="{{LANG}}">{{TEXT}}</p>{{/NOTE}}</div>
{{/EVENT_CANCELLED}}<dl class="registration__facts">
<dt>[[registration.manage.status]]</dt><dd>{{STATUS}}</dd>
<dt>[[registration.field.email]]</dt><dd>{{EMAIL_SHOWN}}</dd>
</dl>
{{#REMOTE_LINK}}<p class="registration__remote">[[registration.manage.remote_link]] <a href="{{URL}}" rel="noopener noreferrer">{{URL}}</a></p>
{{/REMOTE_LINK}}{{#OFFER}}<form method="post" action="{{ACTION}}" class="registration__offer">
<input type="hidden" name="csrf" value="{{CSRF}}">
<input type="hidden" name="action" value="accept">
<p>{{TEXT}}</p>
<button type="submit" class="button">[[registration.manage.accept]]</button>
</form>
{{/OFFER}}{{#EDIT}}<h2>[[registration.manage.details]]</h2>
{{#ERROR_SUMMARY}}<div class="error-summary" role="alert" tabindex="-1">
<h3>[[registration.errors.heading]]</h3>
<ul>{{#ERROR}}<li><a href="#{{ID}}">{{MESSAGE}}</a></li>{{/ERROR}}</ul>
</div>
{{/ERROR_SUMMARY}}<form id="registration-form" method="post" action="{{ACTION}}" novalidate>
<input type="hidden" name="csrf" value="{{CSRF}}">
<input type="hidden" name="action" value="save">
{{>FIELDS}}
<button type="submit" class="button">[[registration.manage.save]]</button>
</form>
<h2>[[registration.manage.cancel_heading]]</h2>
<form method="post" action="{{ACTION}}">
<input type="hidden" name="csrf" value="{{CSRF}}">
<input type="hidden" name="action" value="cancel">
<p>[[registration.manage.cancel_text]]</p>
<button type="submit" class="button button--secondary">[[registration.manage.cancel]]</button>
</form>
{{/EDIT}}{{#REGISTER_AGAIN}}<p><a href="[[@prefix]]/tapahtumat/{{SLUG}}/ilmoittaudu">[[registration.manage.register_again]]</a></p>
{{/REGISTER_AGAIN}}</div>
