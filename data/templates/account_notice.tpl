{{%AUTOESCAPE context="HTML"}}
{{! SPDX-License-Identifier: AGPL-3.0-or-later }}
{{! A short account page: a heading, a text, and optionally one button that confirms what a mail link asked (GET shows, POST acts). Values: src/tori/web/account/account_notice.cpp. }}
<div class="account-form">
<h1>{{HEADING}}</h1>
<p>{{TEXT}}</p>
{{#FORM}}<form method="post" action="{{ACTION}}">
<input type="hidden" name="csrf" value="{{CSRF}}">
<button type="submit" class="button">{{BUTTON}}</button>
</form>
{{/FORM}}</div>
