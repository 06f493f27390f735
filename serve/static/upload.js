// Progressive enhancement of the upload form: send it with XMLHttpRequest
// to show the upload's progress, then go to the case's page. Without
// script the form posts as usual.
(function () {
  'use strict';
  var form = document.getElementById('upload');
  if (!form || !window.FormData || !window.XMLHttpRequest) { return; }
  var box = document.getElementById('progress');
  var bar = document.getElementById('bar');
  var status = document.getElementById('status');
  var button = document.getElementById('submit');
  form.addEventListener('submit', function (ev) {
    ev.preventDefault();
    var xhr = new XMLHttpRequest();
    xhr.open('POST', form.action);
    box.hidden = false;
    button.disabled = true;
    status.textContent = '正在上传…';
    xhr.upload.onprogress = function (e) {
      if (e.lengthComputable) {
        bar.value = Math.round(100 * e.loaded / e.total);
        status.textContent = '正在上传 ' + bar.value + '%';
      }
    };
    xhr.upload.onload = function () { bar.removeAttribute('value'); status.textContent = '上传完成，正在检查文件…'; };
    xhr.onload = function () {
      if (xhr.status < 400 && xhr.responseURL) {
        window.location.assign(xhr.responseURL);
        return;
      }
      var msg = '上传失败（' + xhr.status + '）';
      try {
        var doc = new DOMParser().parseFromString(xhr.responseText, 'text/html');
        var m = doc.querySelector('.error-message');
        if (m) { msg = m.textContent; }
      } catch (e) { /* keep the status */ }
      status.textContent = msg;
      box.hidden = false;
      button.disabled = false;
    };
    xhr.onerror = function () { status.textContent = '上传失败：连接中断'; button.disabled = false; };
    xhr.send(new FormData(form));
  });
}());
