{{%AUTOESCAPE context="HTML"}}
{{! SPDX-License-Identifier: AGPL-3.0-or-later }}
{{! The editors' vocabularies (/toimitus/sanastot): each vocabulary's terms with counts and the hidden marker, and the form to add a term. Values: src/tori/web/submission/vocabulary_pages.cpp. }}
<p><a href="[[@prefix]]/toimitus">[[manage.back.queue]]</a></p>
<h1>[[manage.vocabularies.title]]</h1>
{{#NOTICE}}<p class="notice notice--success" role="status">{{TEXT}}</p>
{{/NOTICE}}{{#ERROR_SUMMARY}}<div class="error-summary" role="alert" tabindex="-1">
<h2>[[account.errors.heading]]</h2>
<ul>{{#ERROR}}<li><a href="#{{ID}}">{{MESSAGE}}</a></li>{{/ERROR}}</ul>
</div>
{{/ERROR_SUMMARY}}<p>[[manage.vocabularies.intro]]</p>
{{#VOCABULARY}}<section aria-labelledby="vocabulary-{{FIELD}}">
<h2 id="vocabulary-{{FIELD}}">{{NAME}}</h2>
<table class="editorial-queue">
<caption>{{CAPTION}}</caption>
<thead><tr><th scope="col">[[manage.term.label]]</th><th scope="col">[[manage.term.slug]]</th><th scope="col">[[manage.term.published]]</th><th scope="col">[[manage.term.practices]]</th><th scope="col">[[manage.term.state]]</th></tr></thead>
<tbody>
{{#TERM}}<tr><td><a href="{{URL}}">{{LABEL}}</a></td><td>{{SLUG}}</td><td>{{COUNT}}</td><td>{{PRACTICES}}</td><td>{{#HIDDEN}}<strong>[[manage.term.hidden]]</strong>{{/HIDDEN}}{{#SHOWN}}[[manage.term.shown]]{{/SHOWN}}</td></tr>
{{/TERM}}</tbody>
</table>
</section>
{{/VOCABULARY}}<section aria-labelledby="add-term-heading" class="account-form">
<h2 id="add-term-heading">[[manage.term.add]]</h2>
<form method="post" action="[[@prefix]]/toimitus/sanastot" novalidate>
<input type="hidden" name="csrf" value="{{CSRF}}">
<div class="field{{#VOCABULARY_ERROR}} field--error{{/VOCABULARY_ERROR}}">
<label for="term-vocabulary">[[manage.term.vocabulary]]</label>
{{#VOCABULARY_ERROR}}<p class="field__error" id="term-vocabulary-error">{{MESSAGE}}</p>
{{/VOCABULARY_ERROR}}<select id="term-vocabulary" name="vocabulary"{{#VOCABULARY_ERROR}} aria-invalid="true" aria-describedby="term-vocabulary-error"{{/VOCABULARY_ERROR}}>
{{#VOCABULARY_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>
{{/VOCABULARY_OPTION}}</select>
</div>
<div class="field{{#LABEL_ERROR}} field--error{{/LABEL_ERROR}}">
<label for="term-label">[[manage.term.label]]</label>
<p class="field__hint" id="term-label-hint">[[manage.term.add_hint]]</p>
{{#LABEL_ERROR}}<p class="field__error" id="term-label-error">{{MESSAGE}}</p>
{{/LABEL_ERROR}}<input id="term-label" name="label" type="text" maxlength="200" value="{{LABEL_VALUE}}" aria-describedby="term-label-hint{{#LABEL_ERROR}} term-label-error{{/LABEL_ERROR}}"{{#LABEL_ERROR}} aria-invalid="true"{{/LABEL_ERROR}}>
</div>
<button type="submit">[[manage.term.add_button]]</button>
</form>
</section>
