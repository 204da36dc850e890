<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title><#if (content.title)??>${content.title} | </#if>${config.site_name}</title>
<link href="${content.rootpath}css/site.css" rel="stylesheet">
</head>
<body>
