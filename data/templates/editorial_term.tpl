{{%AUTOESCAPE context="HTML"}}
{{! SPDX-License-Identifier: AGPL-3.0-or-later }}
{{! One vocabulary term for the editors (/toimitus/sanastot/{vocabulary}/{slug}): rename, hide or show again, merge into another term of the vocabulary. Values: src/tori/web/submission/vocabulary_pages.cpp. }}
<p><a href="[[@prefix]]/toimitus/sanastot">[[manage.back.vocabularies]]</a></p>
<h1>{{LABEL}}</h1>
<p>{{VOCABULARY_NAME}} · [[manage.term.slug]]: {{SLUG}} · [[manage.term.published]]: {{COUNT}} · [[manage.term.practices]]: {{PRACTICES}}{{#HIDDEN}} · <strong>[[manage.term.hidden]]</strong>{{/HIDDEN}}</p>
{{#NOTICE}}<p class="notice notice--success" role="status">{{TEXT}}</p>
{{/NOTICE}}{{#ERROR_SUMMARY}}<div class="error-summary" role="alert" tabindex="-1">
<h2>[[account.errors.heading]]</h2>
<ul>{{#ERROR}}<li><a href="#{{ID}}">{{MESSAGE}}</a></li>{{/ERROR}}</ul>
</div>
{{/ERROR_SUMMARY}}<section aria-labelledby="rename-heading" class="account-form">
<h2 id="rename-heading">[[manage.term.rename]]</h2>
<form method="post" action="{{ACTION}}" novalidate>
<input type="hidden" name="csrf" value="{{CSRF}}">
<div class="field{{#LABEL_ERROR}} field--error{{/LABEL_ERROR}}">
<label for="term-label">[[manage.term.label]]</label>
<p class="field__hint" id="term-label-hint">[[manage.term.rename_hint]]</p>
{{#LABEL_ERROR}}<p class="field__error" id="term-label-error">{{MESSAGE}}</p>
{{/LABEL_ERROR}}<input id="term-label" name="label" type="text" maxlength="200" value="{{LABEL_VALUE}}" aria-describedby="term-label-hint{{#LABEL_ERROR}} term-label-error{{/LABEL_ERROR}}"{{#LABEL_ERROR}} aria-invalid="true"{{/LABEL_ERROR}}>
</div>
<button type="submit" name="action" value="rename">[[manage.term.rename_button]]</button>
</form>
</section>
<section aria-labelledby="visibility-heading">
<h2 id="visibility-heading">[[manage.term.visibility]]</h2>
<form method="post" action="{{ACTION}}" class="editorial-action">
<input type="hidden" name="csrf" value="{{CSRF}}">
{{#HIDDEN}}<p>[[manage.term.show_text]]</p>
<button type="submit" name="action" value="show">[[manage.term.show_button]]</button>
{{/HIDDEN}}{{#SHOWN}}<p>[[manage.term.hide_text]]</p>
<button type="submit" name="action" value="hide" class="button--secondary">[[manage.term.hide_button]]</button>
{{/SHOWN}}</form>
</section>
<section aria-labelledby="merge-heading" class="account-form">
<h2 id="merge-heading">[[manage.term.merge]]</h2>
{{#NO_OTHERS}}<p>[[manage.term.merge_none]]</p>
{{/NO_OTHERS}}{{#MERGE}}<form method="post" action="{{ACTION}}" novalidate>
<input type="hidden" name="csrf" value="{{CSRF}}">
<div class="field{{#INTO_ERROR}} field--error{{/INTO_ERROR}}">
<label for="term-into">[[manage.term.merge_into]]</label>
<p class="field__hint" id="term-into-hint">[[manage.term.merge_hint]]</p>
{{#INTO_ERROR}}<p class="field__error" id="term-into-error">{{MESSAGE}}</p>
{{/INTO_ERROR}}<select id="term-into" name="into" aria-describedby="term-into-hint{{#INTO_ERROR}} term-into-error{{/INTO_ERROR}}"{{#INTO_ERROR}} aria-invalid="true"{{/INTO_ERROR}}>
{{#OTHER}}<option value="{{VALUE}}">{{LABEL}}{{#OTHER_HIDDEN}} ([[manage.term.hidden]]){{/OTHER_HIDDEN}}</option>
{{/OTHER}}</select>
</div>
<button type="submit" name="action" value="merge" class="button--secondary">[[manage.term.merge_button]]</button>
</form>
{{/MERGE}}</section>
