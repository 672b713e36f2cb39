{{%AUTOESCAPE context="HTML"}}
{{! SPDX-License-Identifier: AGPL-3.0-or-later }}
{{! The page the public vote's mailed link opens (/aanestys/{token}): what the vote is for and one button; only its POST confirms. Values: src/tori/web/campaigns/public_vote_confirm.cpp. }}
<div class="account-form">
<h1>[[public_vote.confirm.heading]]</h1>
<dl class="campaign__facts">
<dt>[[public_vote.confirm.campaign]]</dt><dd><a href="{{CAMPAIGN_URL}}" lang="fi">{{CAMPAIGN}}</a></dd>
<dt>[[public_vote.confirm.category]]</dt><dd lang="fi">{{CATEGORY}}</dd>
<dt>[[public_vote.confirm.practice]]</dt><dd><a href="{{URL}}" lang="{{LANG}}">{{TITLE}}</a></dd>
</dl>
<p>[[public_vote.confirm.text]]</p>
<form method="post" action="{{ACTION}}">
<input type="hidden" name="csrf" value="{{CSRF}}">
<button type="submit" class="button">[[public_vote.confirm.button]]</button>
</form>
</div>
