{{%AUTOESCAPE context="HTML"}}
{{! SPDX-License-Identifier: AGPL-3.0-or-later }}
{{! The editors' newsletter form (/toimitus/uutiskirjeet/uusi, …/{kirje}/muokkaa): address, subject, Markdown body, language and topics of the recipients, automatic blocks; a preview as it would go out now; errors beside the inputs and summarised at the top. Values: src/tori/web/newsletter/issue_editor.cpp and issue_form.cpp. }}
<p class="breadcrumb"><a href="[[@prefix]]/toimitus/uutiskirjeet">[[newsletter_issue.list.title]]</a></p>
<div class="event-form page-form">
<h1>{{HEADING}}</h1>
{{#ERROR_SUMMARY}}<div class="error-summary" role="alert" tabindex="-1">
<h2>[[registration.errors.heading]]</h2>
<ul>{{#ERROR}}<li><a href="#{{ID}}">{{MESSAGE}}</a></li>{{/ERROR}}</ul>
</div>
{{/ERROR_SUMMARY}}<form id="issue-form" method="post" action="{{ACTION}}" novalidate>
<input type="hidden" name="csrf" value="{{CSRF}}">
{{#CREATING}}<div class="field{{#SLUG_ERROR}} field--error{{/SLUG_ERROR}}">
<label for="issue-slug">[[newsletter_issue.field.slug]] <span class="field__required">([[registration.required]])</span></label>
<p class="field__hint" id="issue-slug-hint">[[newsletter_issue.field.slug_hint]]</p>
{{#SLUG_ERROR}}<p class="field__error" id="issue-slug-error">{{MESSAGE}}</p>
{{/SLUG_ERROR}}<input id="issue-slug" name="slug" type="text" value="{{SLUG}}" maxlength="80" spellcheck="false" aria-describedby="issue-slug-hint{{#SLUG_ERROR}} issue-slug-error{{/SLUG_ERROR}}"{{#SLUG_ERROR}} aria-invalid="true"{{/SLUG_ERROR}}>
</div>
{{/CREATING}}<div class="field{{#SUBJECT_ERROR}} field--error{{/SUBJECT_ERROR}}">
<label for="issue-subject">[[newsletter_issue.field.subject]] <span class="field__required">([[registration.required]])</span></label>
{{#SUBJECT_ERROR}}<p class="field__error" id="issue-subject-error">{{MESSAGE}}</p>
{{/SUBJECT_ERROR}}<input id="issue-subject" name="subject" type="text" value="{{SUBJECT}}" maxlength="200"{{#SUBJECT_ERROR}} aria-describedby="issue-subject-error" aria-invalid="true"{{/SUBJECT_ERROR}}>
</div>
<div class="field{{#BODY_ERROR}} field--error{{/BODY_ERROR}}">
<label for="issue-body">[[newsletter_issue.field.body]] <span class="field__required">([[registration.required]])</span></label>
<p class="field__hint" id="issue-body-hint">[[newsletter_issue.field.body_hint]]</p>
{{#BODY_ERROR}}<p class="field__error" id="issue-body-error">{{MESSAGE}}</p>
{{/BODY_ERROR}}<textarea id="issue-body" name="body" rows="18" aria-describedby="issue-body-hint{{#BODY_ERROR}} issue-body-error{{/BODY_ERROR}}"{{#BODY_ERROR}} aria-invalid="true"{{/BODY_ERROR}}>{{BODY:pre_escape}}</textarea>
</div>
<div class="field{{#LANGUAGE_ERROR}} field--error{{/LANGUAGE_ERROR}}">
<label for="issue-language">[[newsletter_issue.field.language]]</label>
{{#LANGUAGE_ERROR}}<p class="field__error" id="issue-language-error">{{MESSAGE}}</p>
{{/LANGUAGE_ERROR}}<select id="issue-language" name="language"{{#LANGUAGE_ERROR}} aria-describedby="issue-language-error" aria-invalid="true"{{/LANGUAGE_ERROR}}>
{{#LANGUAGE_OPTION}}<option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>
{{/LANGUAGE_OPTION}}</select>
</div>
<fieldset class="event-form__group" id="issue-topics"{{#TOPICS_ERROR}} aria-describedby="issue-topics-error"{{/TOPICS_ERROR}}>
<legend>[[newsletter_issue.field.topics]]</legend>
<p class="field__hint">[[newsletter_issue.field.topics_hint]]</p>
{{#TOPICS_ERROR}}<p class="field__error" id="issue-topics-error">{{MESSAGE}}</p>
{{/TOPICS_ERROR}}{{#TOPIC}}<div class="choice"><input id="issue-topic-{{VALUE}}" name="topics" type="checkbox" value="{{VALUE}}"{{#CHECKED}} checked{{/CHECKED}}> <label for="issue-topic-{{VALUE}}">{{LABEL}}</label></div>
{{/TOPIC}}</fieldset>
<fieldset class="event-form__group" id="issue-blocks"{{#BLOCKS_ERROR}} aria-describedby="issue-blocks-error"{{/BLOCKS_ERROR}}>
<legend>[[newsletter_issue.field.blocks]]</legend>
<p class="field__hint">[[newsletter_issue.field.blocks_hint]]</p>
{{#BLOCKS_ERROR}}<p class="field__error" id="issue-blocks-error">{{MESSAGE}}</p>
{{/BLOCKS_ERROR}}{{#BLOCK}}<div class="choice"><input id="issue-block-{{VALUE}}" name="blocks" type="checkbox" value="{{VALUE}}"{{#CHECKED}} checked{{/CHECKED}}> <label for="issue-block-{{VALUE}}">{{LABEL}}</label></div>
{{/BLOCK}}</fieldset>
{{#PREVIEW}}<section class="page-form__preview" aria-labelledby="issue-preview">
<h2 id="issue-preview">[[newsletter_issue.preview]]</h2>
<div class="prose">{{HTML:none}}</div>
</section>
{{/PREVIEW}}<p class="event-form__buttons"><button type="submit" class="button button--secondary" name="action" value="preview">[[newsletter_issue.preview_button]]</button> <button type="submit" class="button" name="action" value="save">[[newsletter_issue.save]]</button></p>
</form>
</div>
