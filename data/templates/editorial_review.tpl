{{%AUTOESCAPE context="HTML"}}
{{! SPDX-License-Identifier: AGPL-3.0-or-later }}
{{! One practice under review (/toimitus/{slug}): its state, preview and edit links, the actions its state allows, the messages and the history. Values: src/tori/web/submission/editorial_pages.cpp. }}
<h1>{{TITLE}}</h1>
<p>[[submission.state_label]] <strong>{{STATE}}</strong>. <a href="{{PREVIEW_URL}}">[[submission.preview.link]]</a> · <a href="{{EDIT_URL}}">[[editorial.edit]]</a></p>
{{#ERROR_SUMMARY}}<div class="error-summary" role="alert" tabindex="-1">
<h2>[[account.errors.heading]]</h2>
<ul>{{#ERROR}}<li><a href="#{{ID}}">{{MESSAGE}}</a></li>{{/ERROR}}</ul>
</div>
{{/ERROR_SUMMARY}}<section aria-labelledby="review-actions">
<h2 id="review-actions">[[editorial.actions]]</h2>
{{#BUTTON}}<form method="post" action="{{ACTION}}" class="editorial-action">
<input type="hidden" name="csrf" value="{{CSRF}}">
<button type="submit" name="action" value="{{VALUE}}">{{LABEL}}</button>
</form>
{{/BUTTON}}{{#REQUEST_CHANGES}}<form id="review-form" method="post" action="{{ACTION}}" class="editorial-action" novalidate>
<input type="hidden" name="csrf" value="{{CSRF}}">
<div class="field{{#MESSAGE_ERROR}} field--error{{/MESSAGE_ERROR}}">
<label for="review-message">[[editorial.message]]</label>
{{#MESSAGE_ERROR}}<p class="field__error" id="review-message-error">{{MESSAGE}}</p>
{{/MESSAGE_ERROR}}<textarea id="review-message" name="message" rows="5"{{#MESSAGE_ERROR}} aria-invalid="true" aria-describedby="review-message-error"{{/MESSAGE_ERROR}}></textarea>
</div>
<button type="submit" name="action" value="{{VALUE}}">{{LABEL}}</button>
</form>
{{/REQUEST_CHANGES}}</section>
<section aria-labelledby="review-messages">
<h2 id="review-messages">[[editorial.messages]]</h2>
<ul class="editorial-messages">
{{#NOTE}}<li><strong>{{KIND}}</strong> {{AT}}, {{ACTOR}}{{#HAS_TEXT}}<p class="practice-form__message">{{TEXT}}</p>{{/HAS_TEXT}}</li>
{{/NOTE}}</ul>
</section>
<section aria-labelledby="review-history">
<h2 id="review-history">[[editorial.history]]</h2>
<table class="editorial-history">
<caption>[[editorial.history.caption]]</caption>
<thead><tr><th scope="col">[[editorial.column.revision]]</th><th scope="col">[[editorial.column.saved]]</th><th scope="col">[[editorial.column.actor]]</th><th scope="col">[[editorial.column.state]]</th></tr></thead>
<tbody>
{{#REVISION}}<tr><td><a href="{{URL}}">{{NUMBER}}</a></td><td>{{AT}}</td><td>{{ACTOR}}</td><td>{{STATE}}</td></tr>
{{/REVISION}}</tbody>
</table>
</section>
