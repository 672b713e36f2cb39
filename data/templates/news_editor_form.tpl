{{%AUTOESCAPE context="HTML"}}
{{! SPDX-License-Identifier: AGPL-3.0-or-later }}
{{! The editors' article form (/toimitus/uutiset/uusi, …/{uutinen}/muokkaa): address, title, lead, Markdown body, publication time (a later one schedules it), author, keywords, credit line, related events and practices, language; the pictures with their texts and a new one uploaded; a preview; errors beside the inputs. Values: src/tori/web/news/news_editor.cpp and news_form.cpp. }}
<p class="breadcrumb"><a href="[[@prefix]]/toimitus/uutiset">[[news_editor.list.title]]</a></p>
<div class="event-form page-form">
<h1>{{HEADING}}</h1>
{{#EDITING}}<p>[[news_editor.address]] <a href="[[@prefix]]/uutiset/{{SLUG}}">/uutiset/{{SLUG}}</a></p>
{{/EDITING}}{{#ERROR_SUMMARY}}<div class="error-summary" role="alert" tabindex="-1">
<h2>[[registration.errors.heading]]</h2>
<ul>{{#ERROR}}<li><a href="#{{ID}}">{{MESSAGE}}</a></li>{{/ERROR}}</ul>
</div>
{{/ERROR_SUMMARY}}<form id="news-form" method="post" action="{{ACTION}}" enctype="multipart/form-data" novalidate>
<input type="hidden" name="csrf" value="{{CSRF}}">
{{#CREATING}}<div class="field{{#SLUG_ERROR}} field--error{{/SLUG_ERROR}}">
<label for="news-slug">[[news_editor.field.slug]] <span class="field__required">([[registration.required]])</span></label>
<p class="field__hint" id="news-slug-hint">[[news_editor.field.slug_hint]]</p>
{{#SLUG_ERROR}}<p class="field__error" id="news-slug-error">{{MESSAGE}}</p>
{{/SLUG_ERROR}}<input id="news-slug" name="slug" type="text" value="{{SLUG}}" maxlength="80" spellcheck="false" aria-describedby="news-slug-hint{{#SLUG_ERROR}} news-slug-error{{/SLUG_ERROR}}"{{#SLUG_ERROR}} aria-invalid="true"{{/SLUG_ERROR}}>
</div>
{{/CREATING}}<div class="field{{#TITLE_ERROR}} field--error{{/TITLE_ERROR}}">
<label for="news-title">[[news_editor.field.title]] <span class="field__required">([[registration.required]])</span></label>
{{#TITLE_ERROR}}<p class="field__error" id="news-title-error">{{MESSAGE}}</p>
{{/TITLE_ERROR}}<input id="news-title" name="title" type="text" value="{{TITLE}}" maxlength="200"{{#TITLE_ERROR}} aria-describedby="news-title-error" aria-invalid="true"{{/TITLE_ERROR}}>
</div>
<div class="field{{#LEAD_ERROR}} field--error{{/LEAD_ERROR}}">
<label for="news-lead">[[news_editor.field.lead]]</label>
{{#LEAD_ERROR}}<p class="field__error" id="news-lead-error">{{MESSAGE}}</p>
{{/LEAD_ERROR}}<textarea id="news-lead" name="lead" rows="3"{{#LEAD_ERROR}} aria-describedby="news-lead-error" aria-invalid="true"{{/LEAD_ERROR}}>{{LEAD:pre_escape}}</textarea>
</div>
<div class="field{{#BODY_ERROR}} field--error{{/BODY_ERROR}}">
<label for="news-body">[[news_editor.field.body]] <span class="field__required">([[registration.required]])</span></label>
<p class="field__hint" id="news-body-hint">[[newsletter_issue.field.body_hint]]</p>
{{#BODY_ERROR}}<p class="field__error" id="news-body-error">{{MESSAGE}}</p>
{{/BODY_ERROR}}<textarea id="news-body" name="body" rows="18" aria-describedby="news-body-hint{{#BODY_ERROR}} news-body-error{{/BODY_ERROR}}"{{#BODY_ERROR}} aria-invalid="true"{{/BODY_ERROR}}>{{BODY:pre_escape}}</textarea>
</div>
<fieldset class="event-form__group">
<legend>[[news_editor.field.published]]</legend>
<p class="field__hint">[[news_editor.field.published_hint]]</p>
<div class="field event-form__short{{#DATE_ERROR}} field--error{{/DATE_ERROR}}">
<label for="news-date">[[news_editor.field.date]]</label>
{{#DATE_ERROR}}<p class="field__error" id="news-date-error">{{MESSAGE}}</p>
{{/DATE_ERROR}}<input id="news-date" name="date" type="text" value="{{DATE}}" maxlength="10" autocomplete="off"{{#DATE_ERROR}} aria-describedby="news-date-error" aria-invalid="true"{{/DATE_ERROR}}>
</div>
<div class="field event-form__short{{#TIME_ERROR}} field--error{{/TIME_ERROR}}">
<label for="news-time">[[news_editor.field.time]]</label>
{{#TIME_ERROR}}<p class="field__error" id="news-time-error">{{MESSAGE}}</p>
{{/TIME_ERROR}}<input id="news-time" name="time" type="text" value="{{TIME}}" maxlength="5" autocomplete="off"{{#TIME_ERROR}} aria-describedby="news-time-error" aria-invalid="true"{{/TIME_ERROR}}>
</div>
</fieldset>
<div class="field{{#AUTHOR_ERROR}} field--error{{/AUTHOR_ERROR}}">
<label for="news-author">[[news_editor.field.author]]</label>
{{#AUTHOR_ERROR}}<p class="field__error" id="news-author-error">{{MESSAGE}}</p>
{{/AUTHOR_ERROR}}<input id="news-author" name="author" type="text" value="{{AUTHOR}}" maxlength="200"{{#AUTHOR_ERROR}} aria-describedby="news-author-error" aria-invalid="true"{{/AUTHOR_ERROR}}>
</div>
<div class="field{{#KEYWORDS_ERROR}} field--error{{/KEYWORDS_ERROR}}">
<label for="news-keywords">[[news_editor.field.keywords]]</label>
<p class="field__hint" id="news-keywords-hint">[[news_editor.field.keywords_hint]]</p>
{{#KEYWORDS_ERROR}}<p class="field__error" id="news-keywords-error">{{MESSAGE}}</p>
{{/KEYWORDS_ERROR}}<input id="news-keywords" name="keywords" type="text" value="{{KEYWORDS}}" aria-describedby="news-keywords-hint{{#KEYWORDS_ERROR}} news-keywords-error{{/KEYWORDS_ERROR}}"{{#KEYWORDS_ERROR}} aria-invalid="true"{{/KEYWORDS_ERROR}}>
</div>
<div class="field{{#CREDIT_LINE_ERROR}} field--error{{/CREDIT_LINE_ERROR}}">
<label for="news-credit_line">[[news_editor.field.credit_line]]</label>
{{#CREDIT_LINE_ERROR}}<p class="field__error" id="news-credit_line-error">{{MESSAGE}}</p>
{{/CREDIT_LINE_ERROR}}<input id="news-credit_line" name="credit_line" type="text" value="{{CREDIT_LINE}}" maxlength="200"{{#CREDIT_LINE_ERROR}} aria-describedby="news-credit_line-error" aria-invalid="true"{{/CREDIT_LINE_ERROR}}>
</div>
<div class="field{{#RELATED_EVENTS_ERROR}} field--error{{/RELATED_EVENTS_ERROR}}">
<label for="news-related_events">[[news_editor.field.related_events]]</label>
<p class="field__hint" id="news-related_events-hint">[[news_editor.field.related_events_hint]]</p>
{{#RELATED_EVENTS_ERROR}}<p class="field__error" id="news-related_events-error">{{MESSAGE}}</p>
{{/RELATED_EVENTS_ERROR}}<input id="news-related_events" name="related_events" type="text" value="{{RELATED_EVENTS}}" aria-describedby="news-related_events-hint{{#RELATED_EVENTS_ERROR}} news-related_events-error{{/RELATED_EVENTS_ERROR}}"{{#RELATED_EVENTS_ERROR}} aria-invalid="true"{{/RELATED_EVENTS_ERROR}}>
</div>
<div class="field{{#RELATED_PRACTICES_ERROR}} field--error{{/RELATED_PRACTICES_ERROR}}">
<label for="news-related_practices">[[news_editor.field.related_practices]]</label>
<p class="field__hint" id="news-related_practices-hint">[[news_editor.field.related_practices_hint]]</p>
{{#RELATED_PRACTICES_ERROR}}<p class="field__error" id="news-related_practices-error">{{MESSAGE}}</p>
{{/RELATED_PRACTICES_ERROR}}<input id="news-related_practices" name="related_practices" type="text" value="{{RELATED_PRACTICES}}" aria-describedby="news-related_practices-hint{{#RELATED_PRACTICES_ERROR}} news-related_practices-error{{/RELATED_PRACTICES_ERROR}}"{{#RELATED_PRACTICES_ERROR}} aria-invalid="true"{{/RELATED_PRACTICES_ERROR}}>
</div>
<div class="field{{#LANGUAGE_ERROR}} field--error{{/LANGUAGE_ERROR}}">
<label for="news-language">[[news_editor.field.language]]</label>
{{#LANGUAGE_ERROR}}<p class="field__error" id="news-language-error">{{MESSAGE}}</p>
{{/LANGUAGE_ERROR}}<select id="news-language" name="language"{{#LANGUAGE_ERROR}} aria-describedby="news-language-error" aria-invalid="true"{{/LANGUAGE_ERROR}}>
{{#LANGUAGE_OPTION}}<option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>
{{/LANGUAGE_OPTION}}</select>
</div>
{{#IMAGE}}<fieldset class="event-form__group" id="news-image{{N}}">
<legend>[[news_editor.image]] {{NUMBER}}</legend>
{{#HAS_FILE}}<p><img src="/media/{{THUMBNAIL}}" alt="" width="240"></p>
{{/HAS_FILE}}<div class="field{{#ALT_ERROR}} field--error{{/ALT_ERROR}}">
<label for="news-image{{N}}_alt">[[news_editor.field.alt]] <span class="field__required">([[registration.required]])</span></label>
{{#ALT_ERROR}}<p class="field__error" id="news-image{{N}}_alt-error">{{MESSAGE}}</p>
{{/ALT_ERROR}}<input id="news-image{{N}}_alt" name="image{{N}}_alt" type="text" value="{{ALT}}" maxlength="500"{{#ALT_ERROR}} aria-describedby="news-image{{N}}_alt-error" aria-invalid="true"{{/ALT_ERROR}}>
</div>
<div class="field"><label for="news-image{{N}}_caption">[[news_editor.field.caption]]</label>
<input id="news-image{{N}}_caption" name="image{{N}}_caption" type="text" value="{{CAPTION}}" maxlength="500"></div>
<div class="field"><label for="news-image{{N}}_credit">[[news_editor.field.credit]]</label>
<input id="news-image{{N}}_credit" name="image{{N}}_credit" type="text" value="{{CREDIT}}" maxlength="500"></div>
<div class="choice"><input id="news-image{{N}}_remove" name="image{{N}}_remove" type="checkbox" value="1"{{#REMOVE}} checked{{/REMOVE}}> <label for="news-image{{N}}_remove">[[news_editor.field.remove]]</label></div>
</fieldset>
{{/IMAGE}}<fieldset class="event-form__group" id="news-new-image">
<legend>[[news_editor.new_image]]</legend>
<div class="field{{#NEW_IMAGE_ERROR}} field--error{{/NEW_IMAGE_ERROR}}">
<label for="news-new_image">[[news_editor.field.file]]</label>
<p class="field__hint" id="news-new_image-hint">[[news_editor.field.file_hint]]</p>
{{#NEW_IMAGE_ERROR}}<p class="field__error" id="news-new_image-error">{{MESSAGE}}</p>
{{/NEW_IMAGE_ERROR}}<input id="news-new_image" name="new_image" type="file" accept="image/jpeg,image/png,image/webp" aria-describedby="news-new_image-hint{{#NEW_IMAGE_ERROR}} news-new_image-error{{/NEW_IMAGE_ERROR}}"{{#NEW_IMAGE_ERROR}} aria-invalid="true"{{/NEW_IMAGE_ERROR}}>
</div>
<div class="field{{#NEW_ALT_ERROR}} field--error{{/NEW_ALT_ERROR}}">
<label for="news-new_alt">[[news_editor.field.alt]]</label>
{{#NEW_ALT_ERROR}}<p class="field__error" id="news-new_alt-error">{{MESSAGE}}</p>
{{/NEW_ALT_ERROR}}<input id="news-new_alt" name="new_alt" type="text" value="{{NEW_ALT}}" maxlength="500"{{#NEW_ALT_ERROR}} aria-describedby="news-new_alt-error" aria-invalid="true"{{/NEW_ALT_ERROR}}>
</div>
<div class="field"><label for="news-new_caption">[[news_editor.field.caption]]</label>
<input id="news-new_caption" name="new_caption" type="text" value="{{NEW_CAPTION}}" maxlength="500"></div>
<div class="field"><label for="news-new_credit">[[news_editor.field.credit]]</label>
<input id="news-new_credit" name="new_credit" type="text" value="{{NEW_CREDIT}}" maxlength="500"></div>
</fieldset>
{{#PREVIEW}}<section class="page-form__preview" aria-labelledby="news-preview">
<h2 id="news-preview">[[news_editor.preview]]</h2>
<div class="prose">{{HTML:none}}</div>
</section>
{{/PREVIEW}}<p class="event-form__buttons"><button type="submit" class="button button--secondary" name="action" value="preview">[[news_editor.preview_button]]</button> <button type="submit" class="button" name="action" value="save">[[news_editor.save]]</button></p>
</form>
{{#EDITING}}<form id="news-delete-form" class="page-form__delete" method="post" action="{{DELETE}}" novalidate>
<input type="hidden" name="csrf" value="{{CSRF}}">
<h2>[[news_editor.delete_heading]]</h2>
<p>[[news_editor.delete_text]]</p>
<div class="field{{#DELETE_ERROR}} field--error{{/DELETE_ERROR}}">
{{#DELETE_ERROR}}<p class="field__error" id="news-delete-error">{{MESSAGE}}</p>
{{/DELETE_ERROR}}<div class="choice"><input id="news-delete" name="confirm" type="checkbox" value="1"{{#DELETE_ERROR}} aria-describedby="news-delete-error" aria-invalid="true"{{/DELETE_ERROR}}> <label for="news-delete">[[news_editor.delete_confirm]]</label></div>
</div>
<p><button type="submit" class="button button--danger">[[news_editor.delete_button]]</button></p>
</form>
{{/EDITING}}</div>
