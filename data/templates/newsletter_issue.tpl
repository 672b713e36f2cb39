{{%AUTOESCAPE context="HTML"}}
{{! SPDX-License-Identifier: AGPL-3.0-or-later }}
{{! An issue for editors (/toimitus/uutiskirjeet/{kirje}): its segment and blocks; a draft's edit link, test mail, sending with the number of recipients and a confirmation, deleting; a sent one's counts; the content as it goes out. Values: src/tori/web/newsletter/issue_sending.cpp. }}
<p class="breadcrumb"><a href="[[@prefix]]/toimitus/uutiskirjeet">[[newsletter_issue.list.title]]</a></p>
<h1>{{SUBJECT}}</h1>
{{#NOTICE}}<p class="notice notice--success" role="status">{{TEXT}}</p>
{{/NOTICE}}<dl class="details">
<dt>[[newsletter_issue.col.state]]</dt><dd>{{STATE}}</dd>
<dt>[[newsletter_issue.field.language]]</dt><dd>{{LANGUAGE}}</dd>
<dt>[[newsletter_issue.field.topics]]</dt><dd>{{TOPICS}}</dd>
<dt>[[newsletter_issue.field.blocks]]</dt><dd>{{BLOCKS}}</dd>
</dl>
{{#DRAFT}}<p><a class="button button--secondary" href="{{EDIT}}">[[newsletter_issue.edit_link]]</a></p>
<form method="post" action="{{TEST}}">
<input type="hidden" name="csrf" value="{{CSRF}}">
<p><button type="submit" class="button button--secondary">[[newsletter_issue.test_button]] {{TEST_TO}}</button></p>
</form>
<form id="send-form" method="post" action="{{SEND}}" novalidate>
<input type="hidden" name="csrf" value="{{CSRF}}">
<h2>[[newsletter_issue.send_heading]]</h2>
<p>[[newsletter_issue.recipients]] <strong>{{RECIPIENTS}}</strong></p>
<div class="field{{#CONFIRM_ERROR}} field--error{{/CONFIRM_ERROR}}">
{{#CONFIRM_ERROR}}<p class="field__error" id="send-confirm-error" role="alert">{{MESSAGE}}</p>
{{/CONFIRM_ERROR}}<div class="choice"><input id="send-confirm" name="confirm" type="checkbox" value="1"{{#CONFIRM_ERROR}} aria-describedby="send-confirm-error" aria-invalid="true"{{/CONFIRM_ERROR}}> <label for="send-confirm">[[newsletter_issue.confirm]]</label></div>
</div>
<p><button type="submit" class="button">[[newsletter_issue.send_button]]</button></p>
</form>
<form method="post" action="{{DELETE}}">
<input type="hidden" name="csrf" value="{{CSRF}}">
<p><button type="submit" class="button button--danger">[[newsletter_issue.delete]]</button></p>
</form>
{{/DRAFT}}{{#COUNTS}}<h2>[[newsletter_issue.counts_heading]]</h2>
<dl class="details">
<dt>[[newsletter_issue.count.recipients]]</dt><dd>{{RECIPIENTS}}</dd>
<dt>[[newsletter_issue.count.sent]]</dt><dd>{{SENT}}</dd>
<dt>[[newsletter_issue.count.failed]]</dt><dd>{{FAILED}}</dd>
<dt>[[newsletter_issue.count.queued]]</dt><dd>{{QUEUED}}</dd>
<dt>[[newsletter_issue.count.waiting]]</dt><dd>{{WAITING}}</dd>
<dt>[[newsletter_issue.count.skipped]]</dt><dd>{{SKIPPED}}</dd>
</dl>
{{/COUNTS}}<section aria-labelledby="issue-content">
<h2 id="issue-content">[[newsletter_issue.preview]]</h2>
<div class="prose">{{PREVIEW:none}}</div>
</section>
