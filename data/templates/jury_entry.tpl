{{%AUTOESCAPE context="HTML"}}
{{! SPDX-License-Identifier: AGPL-3.0-or-later }}
{{! One entry for a juror (/raati/{slug}/teot/{practice}): the practice (in blind mode without organisations), the scoring form with errors beside the criteria, the others' reviews when they may be seen, the conflict declaration. Values: src/tori/web/jury/jury_entry_view.cpp. }}
<p class="breadcrumb"><a href="{{CAMPAIGN_URL}}" lang="fi">{{CAMPAIGN}}</a></p>
{{#NOTICE}}<p class="notice notice--success" role="status">{{TEXT}}</p>
{{/NOTICE}}{{#ERROR_SUMMARY}}<div class="error-summary" role="alert" tabindex="-1">
<h2>[[registration.errors.heading]]</h2>
<ul>{{#ERROR}}<li><a href="#{{ID}}">{{MESSAGE}}</a></li>{{/ERROR}}</ul>
</div>
{{/ERROR_SUMMARY}}<article class="practice" lang="{{LANG}}">
<h1>{{TITLE}}</h1>
<p class="lead">{{SUMMARY}}</p>
{{#NAMED}}<p lang="[[@lang]]">[[practice.meta.organisations]]: <span lang="fi">{{ORGANISATIONS}}</span></p>
{{/NAMED}}{{#BLIND}}<p lang="[[@lang]]">[[jury.entry.blind]]</p>
{{/BLIND}}{{#SECTION}}<h2>{{HEADING}}</h2>
{{HTML:none}}
{{/SECTION}}</article>
<section aria-labelledby="jury-review">
<h2 id="jury-review">[[jury.entry.review_heading]]</h2>
{{#SUBMITTED}}<p>[[jury.entry.submitted]]</p>
{{/SUBMITTED}}<p>{{SCALE}}</p>
<form id="jury-form" method="post" action="{{ACTION}}" novalidate>
<input type="hidden" name="csrf" value="{{CSRF}}">
{{#FORM_ERROR}}<p class="field-error">{{MESSAGE}}</p>
{{/FORM_ERROR}}{{#CRITERION}}<fieldset class="jury-criterion"{{#ERROR}} aria-describedby="jury-{{FIELD}}-error"{{/ERROR}}>
<legend lang="fi">{{NAME}}</legend>
{{#ERROR}}<p class="field-error" id="jury-{{FIELD}}-error">{{MESSAGE}}</p>
{{/ERROR}}<div class="jury-criterion__options">
{{#OPTION}}<span class="choice"><input type="radio" id="{{ID}}" name="{{FIELD}}" value="{{VALUE}}"{{#CHECKED}} checked{{/CHECKED}}> <label for="{{ID}}">{{VALUE}}</label></span>
{{/OPTION}}</div>
</fieldset>
{{/CRITERION}}<div class="field">
<label for="jury-comment">[[jury.entry.comment]]</label>
{{#COMMENT_ERROR}}<p class="field-error" id="jury-comment-error">{{COMMENT_MESSAGE}}</p>
{{/COMMENT_ERROR}}<textarea id="jury-comment" name="comment" rows="6" maxlength="{{COMMENT_MAX}}"{{#COMMENT_ERROR}} aria-describedby="jury-comment-error"{{/COMMENT_ERROR}}>{{COMMENT}}</textarea>
</div>
<button type="submit" name="action" value="save">[[jury.entry.save]]</button>
<button type="submit" name="action" value="submit">[[jury.entry.submit]]</button>
</form>
</section>
{{#OTHERS}}<section aria-labelledby="jury-others">
<h2 id="jury-others">[[jury.entry.others_heading]]</h2>
<ul>
{{#REVIEW}}<li><strong>{{JUROR}}</strong>: {{SCORES}}<p lang="fi">{{COMMENT}}</p></li>
{{/REVIEW}}</ul>
</section>
{{/OTHERS}}<section aria-labelledby="jury-conflict">
<h2 id="jury-conflict">[[jury.entry.conflict_heading]]</h2>
<p>[[jury.entry.conflict_text]]</p>
<form method="post" action="{{ACTION}}">
<input type="hidden" name="csrf" value="{{CSRF}}">
<div class="field">
<label for="jury-reason">[[jury.entry.conflict_reason]]</label>
<textarea id="jury-reason" name="reason" rows="3" maxlength="{{COMMENT_MAX}}"></textarea>
</div>
<button type="submit" name="action" value="conflict">[[jury.entry.conflict_button]]</button>
</form>
</section>
