{{%AUTOESCAPE context="HTML"}}
{{! SPDX-License-Identifier: AGPL-3.0-or-later }}
{{! The recovery codes, shown once: the answer to turning two-factor sign-in on or to asking for new codes (never stored in clear, never cached). Values: src/tori/web/account/two_factor_page.cpp. }}
<div class="account-form">
<h1>[[twofactor.recovery.heading]]</h1>
{{#JUST_ENABLED}}<p class="notice notice--success" role="status">[[twofactor.recovery.enabled]]</p>
{{/JUST_ENABLED}}<p>[[twofactor.recovery.text]]</p>
<p><strong>[[twofactor.recovery.once]]</strong></p>
<h2 id="recovery-codes-heading">[[twofactor.recovery.list]]</h2>
<ol class="recovery-codes" aria-labelledby="recovery-codes-heading">
{{#CODE}}<li><code>{{VALUE}}</code></li>
{{/CODE}}</ol>
<p><a href="[[@prefix]]/omat-tiedot/kaksivaiheinen">[[twofactor.recovery.continue]]</a></p>
</div>
