// Progressive enhancement of the upload form: send it with XMLHttpRequest
// to show the upload's progress, then go to the case's page. Without
// script the form posts as usual. While a file is being sent, leaving the
// page asks first; on an error the bar stops where it was and the message
// is brought into view.
(function () {
  'use strict';
  var form = document.getElementById('upload');
  if (!form || !window.FormData || !window.XMLHttpRequest) { return; }
  var box = document.getElementById('progress');
  var bar = document.getElementById('bar');
  var status = document.getElementById('status');
  var button = document.getElementById('submit');
  var sending = false;
  window.addEventListener('beforeunload', function (ev) {
    if (!sending) { return undefined; }
    ev.preventDefault();
    ev.returnValue = '案卷正在上传，离开本页将中断上传。';
    return ev.returnValue;
  });
  function show(text, failed) {
    status.textContent = text;
    box.classList.toggle('failed', !!failed);
    if (box.scrollIntoView) { box.scrollIntoView({block: 'nearest'}); }
  }
  function fail(text) {
    sending = false;
    // The bar stops where the upload stopped (not the moving bar).
    if (!bar.hasAttribute('value')) { bar.value = 100; }
    show(text, true);
    button.disabled = false;
  }
  // offerAgain, after an upload the server recognised as a case it has
  // (409 with a link to it), links that case and offers to send the
  // files anyway.
  function offerAgain(href) {
    var box2 = document.createElement('span');
    box2.className = 'dup-actions';
    if (/^\/cases\/[0-9A-Za-z-]+$/.test(href)) {
      var a = document.createElement('a');
      a.href = href;
      a.id = 'duplicate-of';
      a.textContent = '查看已有案卷';
      box2.appendChild(a);
    }
    var again = document.createElement('button');
    again.type = 'button';
    again.id = 'upload-anyway';
    again.textContent = '仍然上传';
    again.addEventListener('click', function () { send(true); });
    box2.appendChild(again);
    status.appendChild(box2);
  }
  function send(confirmDuplicate) {
    var xhr = new XMLHttpRequest();
    var data = new FormData(form);
    if (confirmDuplicate) { data.append('duplicate', 'confirm'); }
    xhr.open('POST', form.action);
    box.hidden = false;
    button.disabled = true;
    bar.value = 0;
    sending = true;
    show('正在上传…', false);
    xhr.upload.onprogress = function (e) {
      if (e.lengthComputable) {
        bar.value = Math.round(100 * e.loaded / e.total);
        status.textContent = '正在上传 ' + bar.value + '%';
      }
    };
    xhr.upload.onload = function () { bar.removeAttribute('value'); status.textContent = '上传完成，正在检查文件…'; };
    xhr.onload = function () {
      if (xhr.status < 400 && xhr.responseURL) {
        sending = false;
        window.location.assign(xhr.responseURL);
        return;
      }
      var msg = '上传失败（' + xhr.status + '）';
      var dup = null;
      try {
        var doc = new DOMParser().parseFromString(xhr.responseText, 'text/html');
        var m = doc.querySelector('.error-message');
        if (m) { msg = '上传失败：' + m.textContent; }
        dup = doc.querySelector('.duplicate-of');
      } catch (e) { /* keep the status */ }
      if (xhr.status === 409 && dup) {
        fail('未上传：' + (m ? m.textContent : ''));
        offerAgain(dup.getAttribute('href'));
        return;
      }
      fail(msg);
    };
    xhr.onerror = function () { fail('上传失败：连接中断，请检查网络后重试'); };
    xhr.onabort = function () { fail('上传已取消'); };
    xhr.send(data);
  }
  form.addEventListener('submit', function (ev) {
    ev.preventDefault();
    send(false);
  });
}());
