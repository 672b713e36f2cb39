{{%AUTOESCAPE context="HTML"}}
{{! SPDX-License-Identifier: AGPL-3.0-or-later }}
{{! A network's members' area (/verkostot/{slug}/jasenalue): participants, meeting documents, the board of ideas with comments and supports, and for leaders the join requests and forwarding. Values: src/tori/web/networks/network_members_area*.cpp. }}
<p class="breadcrumb"><a href="[[@prefix]]/verkostot">[[networks.list.title]]</a> › <a href="{{NETWORK_URL}}" lang="fi">{{NAME}}</a></p>
<h1>[[networks.area.title]]: <span lang="fi">{{NAME}}</span></h1>
{{#NOTICE}}<p class="notice" role="status">{{TEXT}}</p>
{{/NOTICE}}<nav aria-label="[[networks.area.contents]]"><ul class="network-area__contents">
<li><a href="#area-board">[[networks.board.heading]]</a></li>
<li><a href="#area-documents">[[networks.area.documents]]</a></li>
<li><a href="#area-participants">[[networks.area.participants]]</a></li>
{{#LEADS}}<li><a href="#area-requests">[[networks.requests.heading]]</a></li>
<li><a href="{{COSTS_URL}}">[[networks.area.costs_link]]</a></li>
<li><a href="{{EDIT_URL}}">[[network_edit.link]]</a></li>
{{/LEADS}}</ul></nav>
<section aria-labelledby="area-board">
<h2 id="area-board">[[networks.board.heading]]</h2>
<p>[[networks.board.lead]]</p>
{{#IDEA_FORM}}<form id="idea-form" method="post" action="{{ACTION}}" novalidate>
{{#ERROR_SUMMARY}}<div class="error-summary" role="alert" tabindex="-1">
<h3>[[networks.errors.heading]]</h3>
<ul>{{#ERROR}}<li><a href="#{{ID}}">{{MESSAGE}}</a></li>{{/ERROR}}</ul>
</div>
{{/ERROR_SUMMARY}}<input type="hidden" name="csrf" value="{{CSRF}}">
<div class="field">
<label for="idea-form-quadrant">[[networks.idea.quadrant]]</label>
<select id="idea-form-quadrant" name="quadrant">
{{#OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>
{{/OPTION}}</select>
</div>
<div class="field{{#TEXT_ERROR}} field--error{{/TEXT_ERROR}}">
<label for="idea-form-text">[[networks.idea.text]]</label>
{{#TEXT_ERROR}}<p class="field__error" id="idea-form-text-error">{{MESSAGE}}</p>
{{/TEXT_ERROR}}<textarea id="idea-form-text" name="text" rows="3" maxlength="2000"{{#TEXT_ERROR}} aria-invalid="true" aria-describedby="idea-form-text-error"{{/TEXT_ERROR}}>{{TEXT:pre_escape}}</textarea>
</div>
<button type="submit">[[networks.idea.submit]]</button>
</form>
{{/IDEA_FORM}}{{#QUADRANT}}<h3 id="area-board-{{KEY}}">{{NAME}}</h3>
{{#NO_IDEAS}}<p>[[networks.board.empty]]</p>
{{/NO_IDEAS}}{{#IDEAS}}<ul class="network__ideas">
{{#IDEA}}<li id="idea-{{ID}}" class="network-idea">
<p lang="fi">{{TEXT}}</p>
<p class="network-idea__meta">{{AUTHOR}}{{#HAS_DATE}} · {{DATE}}{{/HAS_DATE}} · {{SUPPORTS}}</p>
<form method="post" action="{{SUPPORT_ACTION}}" class="network-idea__support">
<input type="hidden" name="csrf" value="{{CSRF}}">
{{#SUPPORTED}}<input type="hidden" name="support" value="0"><button type="submit">[[networks.idea.unsupport]]<span class="visually-hidden">: {{SHORT}}</span></button>{{/SUPPORTED}}{{#NOT_SUPPORTED}}<input type="hidden" name="support" value="1"><button type="submit">[[networks.idea.support]]<span class="visually-hidden">: {{SHORT}}</span></button>{{/NOT_SUPPORTED}}
</form>
{{#COMMENTS}}<ul class="network-idea__comments">
{{#COMMENT}}<li><p lang="fi">{{TEXT}}</p><p class="network-idea__meta">{{AUTHOR}} · {{DATE}}</p></li>
{{/COMMENT}}</ul>
{{/COMMENTS}}<details{{#COMMENT_OPEN}} open{{/COMMENT_OPEN}}><summary>[[networks.comment.open]]<span class="visually-hidden">: {{SHORT}}</span></summary>
<form method="post" action="{{COMMENT_ACTION}}" novalidate>
<input type="hidden" name="csrf" value="{{CSRF}}">
<div class="field{{#COMMENT_ERROR}} field--error{{/COMMENT_ERROR}}">
<label for="comment-{{ID}}">[[networks.comment.text]]</label>
{{#COMMENT_ERROR}}<p class="field__error" id="comment-{{ID}}-error">{{MESSAGE}}</p>
{{/COMMENT_ERROR}}<textarea id="comment-{{ID}}" name="text" rows="2" maxlength="2000"{{#COMMENT_ERROR}} aria-invalid="true" aria-describedby="comment-{{ID}}-error"{{/COMMENT_ERROR}}>{{COMMENT_TEXT:pre_escape}}</textarea>
</div>
<button type="submit">[[networks.comment.submit]]</button>
</form>
</details>
</li>
{{/IDEA}}</ul>
{{/IDEAS}}{{/QUADRANT}}{{#FORWARD_FORM}}<h3 id="area-forward">[[networks.forward.heading]]</h3>
<p>[[networks.forward.lead]]</p>
<form id="forward-form" method="post" action="{{ACTION}}" novalidate>
{{#ERROR_SUMMARY}}<div class="error-summary" role="alert" tabindex="-1">
<h4>[[networks.errors.heading]]</h4>
<ul>{{#ERROR}}<li><a href="#{{ID}}">{{MESSAGE}}</a></li>{{/ERROR}}</ul>
</div>
{{/ERROR_SUMMARY}}<input type="hidden" name="csrf" value="{{CSRF}}">
<fieldset id="forward-form-ideas"{{#IDEAS_ERROR}} aria-describedby="forward-form-ideas-error"{{/IDEAS_ERROR}}>
<legend>[[networks.forward.pick]]</legend>
{{#IDEAS_ERROR}}<p class="field__error" id="forward-form-ideas-error">{{MESSAGE}}</p>
{{/IDEAS_ERROR}}{{#PICK}}<div class="field field--checkbox"><input type="checkbox" id="pick-{{ID}}" name="idea" value="{{ID}}"{{#CHECKED}} checked{{/CHECKED}}> <label for="pick-{{ID}}">{{QUADRANT}}: <span lang="fi">{{TEXT}}</span></label></div>
{{/PICK}}</fieldset>
<div class="field{{#RECIPIENTS_ERROR}} field--error{{/RECIPIENTS_ERROR}}">
<label for="forward-form-recipients">[[networks.forward.recipients]]</label>
{{#RECIPIENTS_ERROR}}<p class="field__error" id="forward-form-recipients-error">{{MESSAGE}}</p>
{{/RECIPIENTS_ERROR}}<input id="forward-form-recipients" name="recipients" maxlength="200" value="{{RECIPIENTS}}"{{#RECIPIENTS_ERROR}} aria-invalid="true" aria-describedby="forward-form-recipients-error"{{/RECIPIENTS_ERROR}}>
</div>
<div class="field{{#ADDRESSES_ERROR}} field--error{{/ADDRESSES_ERROR}}">
<label for="forward-form-addresses">[[networks.forward.addresses]]</label>
<p class="field__hint" id="forward-form-addresses-hint">[[networks.forward.addresses_hint]]</p>
{{#ADDRESSES_ERROR}}<p class="field__error" id="forward-form-addresses-error">{{MESSAGE}}</p>
{{/ADDRESSES_ERROR}}<textarea id="forward-form-addresses" name="addresses" rows="2" spellcheck="false" aria-describedby="forward-form-addresses-hint{{#ADDRESSES_ERROR}} forward-form-addresses-error{{/ADDRESSES_ERROR}}"{{#ADDRESSES_ERROR}} aria-invalid="true"{{/ADDRESSES_ERROR}}>{{ADDRESSES:pre_escape}}</textarea>
</div>
<div class="field{{#NOTE_ERROR}} field--error{{/NOTE_ERROR}}">
<label for="forward-form-note">[[networks.forward.note]]</label>
{{#NOTE_ERROR}}<p class="field__error" id="forward-form-note-error">{{MESSAGE}}</p>
{{/NOTE_ERROR}}<textarea id="forward-form-note" name="note" rows="3" maxlength="5000"{{#NOTE_ERROR}} aria-invalid="true" aria-describedby="forward-form-note-error"{{/NOTE_ERROR}}>{{NOTE:pre_escape}}</textarea>
</div>
<button type="submit">[[networks.forward.submit]]</button>
</form>
{{/FORWARD_FORM}}{{#FORWARDS}}<h3>[[networks.forwards.heading]]</h3>
<ul class="network__forwards">
{{#FORWARD}}<li><p><time datetime="{{DATETIME}}">{{DATE}}</time>: [[networks.forwards.to]] <span lang="fi">{{TO}}</span>{{#HAS_ADDRESSES}} ({{ADDRESSES}}){{/HAS_ADDRESSES}}</p>
{{#HAS_NOTE}}<p lang="fi">{{NOTE}}</p>
{{/HAS_NOTE}}<ul>
{{#ITEM}}<li><span class="network__quadrant">{{QUADRANT}}:</span> <span lang="fi">{{TEXT}}</span></li>
{{/ITEM}}</ul>
</li>
{{/FORWARD}}</ul>
{{/FORWARDS}}</section>
<section aria-labelledby="area-documents">
<h2 id="area-documents">[[networks.area.documents]]</h2>
{{#NO_MEETINGS}}<p>[[networks.area.no_meetings]]</p>
{{/NO_MEETINGS}}{{#MEETING}}<article class="network-meeting" aria-labelledby="meeting-{{DATETIME}}">
<h3 id="meeting-{{DATETIME}}"><time datetime="{{DATETIME}}">{{DATE}}</time>{{#HAS_PLACE}}, <span lang="fi">{{PLACE}}</span>{{/HAS_PLACE}}</h3>
{{#AGENDA}}<h4>[[networks.area.agenda]]</h4>
<div class="prose" lang="fi">{{HTML:none}}</div>
{{/AGENDA}}{{#MINUTES}}<h4>[[networks.area.minutes]]</h4>
<div class="prose" lang="fi">{{HTML:none}}</div>
{{/MINUTES}}{{#NO_MINUTES}}<p>[[networks.area.no_minutes]]</p>
{{/NO_MINUTES}}{{#MINUTES_FORM}}<details{{#MINUTES_OPEN}} open{{/MINUTES_OPEN}}><summary>[[networks.minutes.open]]<span class="visually-hidden"> {{DATE}}</span></summary>
<form method="post" action="{{ACTION}}" novalidate>
<input type="hidden" name="csrf" value="{{CSRF}}">
<div class="field{{#MINUTES_ERROR}} field--error{{/MINUTES_ERROR}}">
<label for="minutes-{{INDEX}}">[[networks.minutes.label]]</label>
<p class="field__hint" id="minutes-{{INDEX}}-hint">[[networks.minutes.hint]]</p>
{{#MINUTES_ERROR}}<p class="field__error" id="minutes-{{INDEX}}-error">{{MESSAGE}}</p>
{{/MINUTES_ERROR}}<textarea id="minutes-{{INDEX}}" name="minutes" rows="8" aria-describedby="minutes-{{INDEX}}-hint{{#MINUTES_ERROR}} minutes-{{INDEX}}-error{{/MINUTES_ERROR}}"{{#MINUTES_ERROR}} aria-invalid="true"{{/MINUTES_ERROR}}>{{TEXT:pre_escape}}</textarea>
</div>
<button type="submit">[[networks.minutes.submit]]<span class="visually-hidden"> {{DATE}}</span></button>
</form>
</details>
{{/MINUTES_FORM}}</article>
{{/MEETING}}</section>
<section aria-labelledby="area-participants">
<h2 id="area-participants">[[networks.area.participants]]</h2>
<ul class="network__participants">
{{#MEMBER}}<li><span lang="fi">{{NAME}}</span>{{#PEOPLE}}: {{#PERSON}}{{PERSON_NAME}}{{#HAS_TITLE}} (<span lang="fi">{{TITLE}}</span>){{/HAS_TITLE}}{{#PERSON_separator}}, {{/PERSON_separator}}{{/PERSON}}{{/PEOPLE}}{{#LEAVE}}
<form method="post" action="{{ACTION}}" class="network__leave"><input type="hidden" name="csrf" value="{{CSRF}}"><input type="hidden" name="organisation" value="{{ORGANISATION}}"><button type="submit">[[networks.leave.submit]]<span class="visually-hidden">: {{NAME}}</span></button></form>{{/LEAVE}}</li>
{{/MEMBER}}</ul>
{{#HISTORY}}<h3>[[networks.history.heading]]</h3>
<ul class="network__history">
{{#CHANGE}}<li>{{DATE}}: <span lang="fi">{{NAME}}</span> {{ACTION}}{{#HAS_NOTE}} – <span lang="fi">{{NOTE}}</span>{{/HAS_NOTE}}</li>
{{/CHANGE}}</ul>
{{/HISTORY}}</section>
{{#LEADS}}<section aria-labelledby="area-requests">
<h2 id="area-requests">[[networks.requests.heading]]</h2>
{{#NO_REQUESTS}}<p>[[networks.requests.none]]</p>
{{/NO_REQUESTS}}{{#REQUEST}}<div class="network-request">
<p><strong lang="fi">{{ORGANISATION}}</strong> · {{BY}} · {{DATE}}</p>
{{#HAS_MESSAGE}}<p lang="fi">{{MESSAGE}}</p>
{{/HAS_MESSAGE}}<form method="post" action="{{ACTION}}">
<input type="hidden" name="csrf" value="{{CSRF}}">
<button type="submit" name="decision" value="approve">[[networks.requests.approve]]<span class="visually-hidden">: {{ORGANISATION}}</span></button>
<button type="submit" name="decision" value="decline">[[networks.requests.decline]]<span class="visually-hidden">: {{ORGANISATION}}</span></button>
</form>
</div>
{{/REQUEST}}</section>
{{/LEADS}}
