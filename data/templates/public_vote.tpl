{{%AUTOESCAPE context="HTML"}}
{{! SPDX-License-Identifier: AGPL-3.0-or-later }}
{{! The public vote of one category (/kampanjat/{slug}/aanesta/{category}): the entries to choose from and the voter's address, or why the vote is not open. Values: src/tori/web/campaigns/public_vote_pages.cpp. }}
<p class="breadcrumb"><a href="[[@prefix]]/kampanjat">[[campaigns.list.title]]</a> › <a href="{{CAMPAIGN_URL}}" lang="fi">{{CAMPAIGN}}</a></p>
<div class="registration public-vote">
<h1>[[public_vote.heading]]: <span lang="fi">{{CATEGORY}}</span></h1>
<p lang="fi">{{CATEGORY_DESCRIPTION}}</p>
{{#UNAVAILABLE}}<p class="notice" role="status">{{MESSAGE}}</p>
<p><a href="{{CAMPAIGN_URL}}">[[public_vote.back]]</a></p>
{{/UNAVAILABLE}}{{#FORM}}<p>[[public_vote.rules]]</p>
{{#ERROR_SUMMARY}}<div class="error-summary" role="alert" tabindex="-1">
<h2>[[registration.errors.heading]]</h2>
<ul>{{#ERROR}}<li><a href="#{{ID}}">{{MESSAGE}}</a></li>{{/ERROR}}</ul>
</div>
{{/ERROR_SUMMARY}}<form id="vote-form" method="post" action="{{ACTION}}" novalidate>
<input type="hidden" name="csrf" value="{{CSRF}}">
<input type="hidden" name="stamp" value="{{STAMP}}">
<fieldset class="field choices{{#PRACTICE_ERROR}} field--error{{/PRACTICE_ERROR}}" id="vote-practice"{{#PRACTICE_ERROR}} aria-describedby="vote-practice-error"{{/PRACTICE_ERROR}}>
<legend>[[public_vote.field.practice]] <span class="field__required">([[registration.required]])</span></legend>
{{#PRACTICE_ERROR}}<p class="field__error" id="vote-practice-error">{{MESSAGE}}</p>
{{/PRACTICE_ERROR}}{{#NO_ENTRIES}}<p>[[public_vote.no_entries]]</p>
{{/NO_ENTRIES}}{{#CHOICE}}<div class="choice"><input type="radio" id="{{ID}}" name="practice" value="{{VALUE}}"{{#CHECKED}} checked{{/CHECKED}}> <label for="{{ID}}"><span lang="{{LANG}}">{{TITLE}}</span> <span class="public-vote__organisations">({{ORGANISATIONS}})</span></label> <a href="{{URL}}" class="public-vote__read">[[public_vote.read]]<span class="visually-hidden">: {{TITLE}}</span></a></div>
{{/CHOICE}}</fieldset>
<div class="field{{#EMAIL_ERROR}} field--error{{/EMAIL_ERROR}}">
<label for="vote-email">[[registration.field.email]] <span class="field__required">([[registration.required]])</span></label>
<p class="field__hint" id="vote-email-hint">[[public_vote.field.email_hint]]</p>
{{#EMAIL_ERROR}}<p class="field__error" id="vote-email-error">{{MESSAGE}}</p>
{{/EMAIL_ERROR}}<input id="vote-email" name="email" type="email" autocomplete="email" spellcheck="false" maxlength="200" value="{{EMAIL}}" aria-describedby="vote-email-hint{{#EMAIL_ERROR}} vote-email-error{{/EMAIL_ERROR}}"{{#EMAIL_ERROR}} aria-invalid="true"{{/EMAIL_ERROR}}>
</div>
<div class="form-trap">
<label for="vote-website">[[registration.trap]]</label>
<input id="vote-website" name="website" type="text" tabindex="-1" autocomplete="off">
</div>
<p class="registration__consent">[[public_vote.privacy]] <a href="[[@prefix]]/tietosuoja">[[registration.privacy_link]]</a>.</p>
<button type="submit" class="button">[[public_vote.button]]</button>
</form>
{{/FORM}}</div>
