{{%AUTOESCAPE context="HTML"}}
{{! SPDX-License-Identifier: AGPL-3.0-or-later }}
{{! The editors' redirects (/toimitus/ohjaukset): the rules with delete buttons, the add form and the CSV import. Values: src/tori/web/redirects/redirect_pages.cpp. }}
<p><a href="[[@prefix]]/toimitus">[[manage.back.queue]]</a></p>
<h1>[[redirects.title]]</h1>
{{#NOTICE}}<p class="notice notice--success" role="status">{{TEXT}}</p>
{{/NOTICE}}{{#ERROR_SUMMARY}}<div class="error-summary" role="alert" tabindex="-1">
<h2>[[account.errors.heading]]</h2>
<ul>{{#ERROR}}<li><a href="#{{ID}}">{{MESSAGE}}</a></li>{{/ERROR}}</ul>
</div>
{{/ERROR_SUMMARY}}<p>[[redirects.intro]]</p>
<p><a href="[[@prefix]]/toimitus/ohjaukset/puuttuvat">[[redirects.not_found_link]]</a></p>
<section aria-labelledby="add-redirect-heading" class="account-form">
<h2 id="add-redirect-heading">[[redirects.add]]</h2>
<form method="post" action="[[@prefix]]/toimitus/ohjaukset" novalidate>
<input type="hidden" name="csrf" value="{{CSRF}}">
<div class="field{{#OLD_PATH_ERROR}} field--error{{/OLD_PATH_ERROR}}">
<label for="redirect-old_path">[[redirects.old_path]]</label>
<p class="field__hint" id="redirect-old_path-hint">[[redirects.old_path_hint]]</p>
{{#OLD_PATH_ERROR}}<p class="field__error" id="redirect-old_path-error">{{MESSAGE}}</p>
{{/OLD_PATH_ERROR}}<input id="redirect-old_path" name="old_path" type="text" maxlength="1000" value="{{OLD_PATH_VALUE}}" aria-describedby="redirect-old_path-hint{{#OLD_PATH_ERROR}} redirect-old_path-error{{/OLD_PATH_ERROR}}"{{#OLD_PATH_ERROR}} aria-invalid="true"{{/OLD_PATH_ERROR}}>
</div>
<div class="field{{#TARGET_ERROR}} field--error{{/TARGET_ERROR}}">
<label for="redirect-target">[[redirects.target]]</label>
<p class="field__hint" id="redirect-target-hint">[[redirects.target_hint]]</p>
{{#TARGET_ERROR}}<p class="field__error" id="redirect-target-error">{{MESSAGE}}</p>
{{/TARGET_ERROR}}<input id="redirect-target" name="target" type="text" maxlength="2000" value="{{TARGET_VALUE}}" aria-describedby="redirect-target-hint{{#TARGET_ERROR}} redirect-target-error{{/TARGET_ERROR}}"{{#TARGET_ERROR}} aria-invalid="true"{{/TARGET_ERROR}}>
</div>
<div class="field{{#NOTE_ERROR}} field--error{{/NOTE_ERROR}}">
<label for="redirect-note">[[redirects.note]]</label>
{{#NOTE_ERROR}}<p class="field__error" id="redirect-note-error">{{MESSAGE}}</p>
{{/NOTE_ERROR}}<input id="redirect-note" name="note" type="text" maxlength="500" value="{{NOTE_VALUE}}"{{#NOTE_ERROR}} aria-invalid="true" aria-describedby="redirect-note-error"{{/NOTE_ERROR}}>
</div>
<button type="submit">[[redirects.add_button]]</button>
</form>
</section>
<section aria-labelledby="import-redirects-heading" class="account-form">
<h2 id="import-redirects-heading">[[redirects.csv]]</h2>
<form method="post" action="[[@prefix]]/toimitus/ohjaukset/tuonti" enctype="multipart/form-data" novalidate>
<input type="hidden" name="csrf" value="{{CSRF}}">
<div class="field{{#CSV_ERROR}} field--error{{/CSV_ERROR}}">
<label for="redirect-csv">[[redirects.csv_file]]</label>
<p class="field__hint" id="redirect-csv-hint">[[redirects.csv_hint]]</p>
{{#CSV_ERROR}}<p class="field__error" id="redirect-csv-error">{{MESSAGE}}</p>
{{/CSV_ERROR}}{{#CSV_LINES}}<ul class="field__error" id="redirect-csv-lines">
{{/CSV_LINES}}{{#CSV_LINE}}<li>{{TEXT}}</li>
{{/CSV_LINE}}{{#CSV_LINES}}</ul>
{{/CSV_LINES}}<input id="redirect-csv" name="csv" type="file" accept=".csv,text/csv" aria-describedby="redirect-csv-hint{{#CSV_ERROR}} redirect-csv-error{{/CSV_ERROR}}{{#CSV_LINES}} redirect-csv-lines{{/CSV_LINES}}"{{#CSV_ERROR}} aria-invalid="true"{{/CSV_ERROR}}>
</div>
<button type="submit">[[redirects.csv_button]]</button>
</form>
</section>
<section aria-labelledby="redirects-heading">
<h2 id="redirects-heading">[[redirects.caption]]</h2>
{{#NO_RULES}}<p>[[redirects.none]]</p>
{{/NO_RULES}}{{#RULES}}<table class="editorial-queue">
<caption>[[redirects.caption]]</caption>
<thead><tr><th scope="col">[[redirects.old_path]]</th><th scope="col">[[redirects.target]]</th><th scope="col">[[redirects.note]]</th><th scope="col">[[redirects.updated]]</th><th scope="col"><span class="visually-hidden">[[redirects.delete]]</span></th></tr></thead>
<tbody>
{{#RULE}}<tr><td>{{OLD_PATH}}</td><td>{{TARGET}}</td><td>{{NOTE}}</td><td>{{UPDATED}}</td><td><form method="post" action="[[@prefix]]/toimitus/ohjaukset/{{ID}}/poista"><input type="hidden" name="csrf" value="{{CSRF}}"><button type="submit" class="button--secondary" aria-label="{{DELETE_LABEL}}">[[redirects.delete]]</button></form></td></tr>
{{/RULE}}</tbody>
</table>
{{/RULES}}</section>
