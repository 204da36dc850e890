<#include "header.ftl">
<h1>Routes</h1>
<ul><#list alltags as t><li><a href="${content.rootpath}tags/${t}.html">${t}</a></li></#list></ul>
<#include "footer.ftl">
