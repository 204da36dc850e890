<#include "header.ftl">
<h1>${content.title}</h1>
<#if content.summary??><p class="summary">${content.summary}</p></#if>
<#if (content.sample!"") == "true"><p>Sample: this is a made-up example.</p></#if>
<dl><#list content?keys as k><#if !["title","summary","body","type","status","uri","date","tags","file","sourceuri","rootpath","noExtensionUri","cached"]?seq_contains(k) && (content[k]!"")?is_string><dt>${k}</dt><dd>${content[k]!""}</dd></#if></#list></dl>
${content.body}
<#if content.tags??><p>Route: <#list content.tags as t><a href="${content.rootpath}tags/${t}.html">${t}</a> </#list></p></#if>
<#include "footer.ftl">
