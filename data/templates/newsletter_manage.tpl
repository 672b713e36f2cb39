{{%AUTOESCAPE context="HTML"}}
{{! SPDX-License-Identifier: AGPL-3.0-or-later }}
{{! A subscriber's own subscription (/uutiskirje/tilaus/{token}, the link in every newsletter mail): its state, language and topics to change, and the unsubscribe button (posting to /uutiskirje/peru/{token}). Values: src/tori/web/newsletter/newsletter_links.cpp. }}
<div class="registration newsletter">
<h1>[[newsletter.manage.title]]</h1>
<dl class="registration__facts">
<dt>[[newsletter.manage.address]]</dt><dd>{{EMAIL}}</dd>
<dt>[[newsletter.manage.state]]</dt><dd>{{STATE}}</dd>
</dl>
{{#UNSUBSCRIBED}}<p><a href="{{SUBSCRIBE_URL}}">[[newsletter.manage.resubscribe]]</a></p>
{{/UNSUBSCRIBED}}{{#FORM}}{{#SAVED}}<p class="notice" role="status">[[newsletter.manage.saved]]</p>
{{/SAVED}}{{#ERROR_SUMMARY}}<div class="error-summary" role="alert" tabindex="-1">
<h2>[[registration.errors.heading]]</h2>
<ul>{{#ERROR}}<li><a href="#{{ID}}">{{MESSAGE}}</a></li>{{/ERROR}}</ul>
</div>
{{/ERROR_SUMMARY}}<form id="manage-form" method="post" action="{{ACTION}}" novalidate>
<input type="hidden" name="csrf" value="{{CSRF}}">
<div class="field{{#LANGUAGE_ERROR}} field--error{{/LANGUAGE_ERROR}}">
<label for="manage-language">[[newsletter.field.language]]</label>
{{#LANGUAGE_ERROR}}<p class="field__error" id="manage-language-error">{{MESSAGE}}</p>
{{/LANGUAGE_ERROR}}<select id="manage-language" name="language"{{#LANGUAGE_ERROR}} aria-invalid="true" aria-describedby="manage-language-error"{{/LANGUAGE_ERROR}}>
{{#LANGUAGE}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>
{{/LANGUAGE}}</select>
</div>
<fieldset class="field choices{{#TOPICS_ERROR}} field--error{{/TOPICS_ERROR}}" id="manage-topics"{{#TOPICS_ERROR}} aria-describedby="manage-topics-error"{{/TOPICS_ERROR}}>
<legend>[[newsletter.field.topics]]</legend>
{{#TOPICS_ERROR}}<p class="field__error" id="manage-topics-error">{{MESSAGE}}</p>
{{/TOPICS_ERROR}}{{#TOPIC}}<div class="choice"><input type="checkbox" id="{{ID}}" name="topics" value="{{VALUE}}"{{#CHECKED}} checked{{/CHECKED}}> <label for="{{ID}}">{{LABEL}}</label></div>
{{/TOPIC}}</fieldset>
<button type="submit" class="button">[[newsletter.manage.save]]</button>
</form>
<h2>[[newsletter.unsubscribe.heading]]</h2>
<form method="post" action="{{UNSUBSCRIBE}}">
<p>[[newsletter.unsubscribe.text]]</p>
<button type="submit" class="button button--secondary">[[newsletter.unsubscribe.button]]</button>
</form>
{{/FORM}}</div>
