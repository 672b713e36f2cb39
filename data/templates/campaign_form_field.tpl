{{%AUTOESCAPE context="HTML"}}
{{! SPDX-License-Identifier: AGPL-3.0-or-later }}
{{! One input of the editors' campaign form (included by campaign_form.tpl): its label, hint and error beside it, the accessible error pattern. Values: src/tori/web/campaigns/campaign_form_view.cpp. }}
{{#CHECKBOX}}<div class="field event-form__check{{#ERROR}} field--error{{/ERROR}}">
{{#ERROR}}<p class="field__error" id="campaign-{{NAME}}-error">{{MESSAGE}}</p>
{{/ERROR}}<div class="choice"><input id="campaign-{{NAME}}" name="{{NAME}}" type="checkbox" value="1"{{#CHECKED}} checked{{/CHECKED}}{{#DESCRIBED}} aria-describedby="{{IDS}}"{{/DESCRIBED}}{{#ERROR}} aria-invalid="true"{{/ERROR}}> <label for="campaign-{{NAME}}">{{LABEL}}</label></div>
{{#HINT}}<p class="field__hint" id="campaign-{{NAME}}-hint">{{TEXT}}</p>
{{/HINT}}</div>
{{/CHECKBOX}}{{#BOX}}<div class="field{{#SHORT}} event-form__short{{/SHORT}}{{#ERROR}} field--error{{/ERROR}}">
<label for="campaign-{{NAME}}">{{LABEL}}{{#REQUIRED}} <span class="field__required">([[registration.required]])</span>{{/REQUIRED}}</label>
{{#HINT}}<p class="field__hint" id="campaign-{{NAME}}-hint">{{TEXT}}</p>
{{/HINT}}{{#ERROR}}<p class="field__error" id="campaign-{{NAME}}-error">{{MESSAGE}}</p>
{{/ERROR}}{{#LINE}}<input id="campaign-{{NAME}}" name="{{NAME}}" type="{{TYPE}}" value="{{VALUE}}"{{#MAXLENGTH}} maxlength="{{SIZE}}"{{/MAXLENGTH}}{{#NUMERIC}} inputmode="numeric"{{/NUMERIC}}{{#NO_SPELLCHECK}} spellcheck="false"{{/NO_SPELLCHECK}}{{#DESCRIBED}} aria-describedby="{{IDS}}"{{/DESCRIBED}}{{#ERROR}} aria-invalid="true"{{/ERROR}}>
{{/LINE}}{{#AREA}}<textarea id="campaign-{{NAME}}" name="{{NAME}}" rows="{{SIZE}}"{{#DESCRIBED}} aria-describedby="{{IDS}}"{{/DESCRIBED}}{{#ERROR}} aria-invalid="true"{{/ERROR}}>{{VALUE:pre_escape}}</textarea>
{{/AREA}}{{#CHOOSE}}<select id="campaign-{{NAME}}" name="{{NAME}}"{{#DESCRIBED}} aria-describedby="{{IDS}}"{{/DESCRIBED}}{{#ERROR}} aria-invalid="true"{{/ERROR}}>
{{#OPTION}}<option value="{{OPTION_VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{OPTION_LABEL}}</option>
{{/OPTION}}</select>
{{/CHOOSE}}</div>
{{/BOX}}
