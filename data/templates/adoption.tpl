{{%AUTOESCAPE context="HTML"}}
{{! SPDX-License-Identifier: AGPL-3.0-or-later }}
{{! "Otimme tämän käyttöön" (/teot/{slug}/kayttoon): which of the person's organisations adopted the practice, with a short note. Values: src/tori/web/submission/adoption_pages.cpp. }}
<div class="account-form">
<h1>[[adoption.heading]]</h1>
<p>[[adoption.intro]] <a href="{{PRACTICE_URL}}">{{PRACTICE}}</a></p>
{{#ERROR_SUMMARY}}<div class="error-summary" role="alert" tabindex="-1">
<h2>[[account.errors.heading]]</h2>
<ul>{{#ERROR}}<li><a href="#{{ID}}">{{MESSAGE}}</a></li>{{/ERROR}}</ul>
</div>
{{/ERROR_SUMMARY}}{{#NO_ORGANISATION}}<p>[[adoption.no_organisation]] <a href="[[@prefix]]/omat-tiedot/organisaatiot">[[adoption.join]]</a></p>
{{/NO_ORGANISATION}}{{#HAS_ORGANISATIONS}}<form id="adopt-form" method="post" action="{{ACTION}}" novalidate>
<input type="hidden" name="csrf" value="{{CSRF}}">
<div class="field{{#ORGANISATION_ERROR}} field--error{{/ORGANISATION_ERROR}}">
<label for="adopt-organisation">[[adoption.organisation]]</label>
{{#ORGANISATION_ERROR}}<p class="field__error" id="adopt-organisation-error">{{MESSAGE}}</p>
{{/ORGANISATION_ERROR}}<select id="adopt-organisation" name="organisation"{{#ORGANISATION_ERROR}} aria-invalid="true" aria-describedby="adopt-organisation-error"{{/ORGANISATION_ERROR}}>
{{#ORGANISATION}}<option value="{{VALUE}}">{{LABEL}}</option>
{{/ORGANISATION}}</select>
</div>
<div class="field{{#NOTE_ERROR}} field--error{{/NOTE_ERROR}}">
<label for="adopt-note">[[adoption.note]]</label>
<p class="field__hint" id="adopt-note-hint">[[adoption.note_hint]]</p>
{{#NOTE_ERROR}}<p class="field__error" id="adopt-note-error">{{MESSAGE}}</p>
{{/NOTE_ERROR}}<textarea id="adopt-note" name="note" rows="3" maxlength="500" aria-describedby="adopt-note-hint{{#NOTE_ERROR}} adopt-note-error{{/NOTE_ERROR}}"></textarea>
</div>
<button type="submit" class="button">[[adoption.button]]</button>
</form>
{{/HAS_ORGANISATIONS}}</div>
