{{%AUTOESCAPE context="HTML"}}
{{! SPDX-License-Identifier: AGPL-3.0-or-later }}
{{! An invitation to a campaign's jury (/raati/kutsu/{token}): accept as the signed-in account, or why it cannot be. Values: src/tori/web/jury/jury_invitation_pages.cpp. }}
<h1>[[jury.accept.title]]</h1>
{{#REFUSED}}<p class="notice notice--warning" role="alert">{{TEXT}}</p>
{{/REFUSED}}{{#CAN_ACCEPT}}<p>[[jury.accept.text]] <strong>{{EMAIL}}</strong></p>
<form method="post" action="{{ACTION}}">
<input type="hidden" name="csrf" value="{{CSRF}}">
<button type="submit">[[jury.accept.button]]</button>
</form>
{{/CAN_ACCEPT}}
