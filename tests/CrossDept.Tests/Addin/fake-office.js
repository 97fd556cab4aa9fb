// Served in place of https://appsforoffice.microsoft.com/lib/1/hosted/office.js in the browser tests.
// It behaves like Outlook's mailbox API (Mailbox requirement sets 1.1-1.x): item properties in read mode,
// getAsync/setAsync objects in compose mode, callbacks receiving an AsyncResult {status, value, error,
// asyncContext} on a later turn, the (args..., [options], [callback]) calling convention, Outlook's error
// names for bad arguments, and forms that are captured instead of opened.
// The test puts the mailbox in window.__outlook before the page loads; without it this script behaves
// like office.js opened outside Office (onReady resolves with host null).
(function () {
  "use strict";
  var fixture = window.__outlook || null;
  var captured = (window.__outlookCaptured = { replyAll: [], appointments: [], newMessages: [], bodyWrites: [], calls: [] });
  var latency = fixture && typeof fixture.latencyMs === "number" ? fixture.latencyMs : 5;

  var AsyncResultStatus = { Succeeded: "succeeded", Failed: "failed" };
  var CoercionType = { Html: "html", Text: "text" };
  var HostType = { Outlook: "Outlook", Word: "Word", Excel: "Excel", PowerPoint: "PowerPoint" };
  var EventType = { ItemChanged: "olkItemSelectedChanged", RecipientsChanged: "olkRecipientsChanged" };

  function maxMailbox() { return fixture ? fixture.mailboxVersion || "1.5" : "0"; }
  function versionAtMost(wanted, max) {
    var a = String(wanted).split(".").map(Number), b = String(max).split(".").map(Number);
    for (var i = 0; i < Math.max(a.length, b.length); i++) {
      if ((a[i] || 0) !== (b[i] || 0)) return (a[i] || 0) < (b[i] || 0);
    }
    return true;
  }
  function supports(version) { return versionAtMost(version, maxMailbox()); }

  // Office's calling convention: trailing optional options object, then optional callback.
  function tail(args) {
    args = Array.prototype.slice.call(args);
    var callback = typeof args[args.length - 1] === "function" ? args.pop() : undefined;
    var options = args.length && args[args.length - 1] && typeof args[args.length - 1] === "object" && !Array.isArray(args[args.length - 1]) ? args[args.length - 1] : {};
    return { callback: callback, options: options, rest: args };
  }
  function answer(call, value, error) {
    captured.calls.push(call.name);
    if (!call.callback) return;
    var result = error
      ? { status: AsyncResultStatus.Failed, value: undefined, error: { name: error.name, message: error.message, code: error.code }, asyncContext: call.options.asyncContext }
      : { status: AsyncResultStatus.Succeeded, value: value, error: undefined, asyncContext: call.options.asyncContext };
    setTimeout(function () { call.callback(result); }, latency);
  }
  var invalid = function (what) { return { name: "InvalidParameterValue", message: "The value of the parameter " + what + " is invalid.", code: 9000 }; };

  function textOf(html) {
    var div = document.createElement("div");
    div.innerHTML = html;
    return div.innerText || div.textContent || "";
  }
  function address(p) { return { displayName: p.name || p.address, emailAddress: p.address, recipientType: "user" }; }

  function body(state, compose) {
    var b = {
      getAsync: function (coercionType) {
        var call = tail(arguments); call.name = "body.getAsync";
        if (coercionType !== CoercionType.Html && coercionType !== CoercionType.Text) return answer(call, undefined, invalid("coercionType"));
        if (fixture.failBodyOnce) { fixture.failBodyOnce = false; return answer(call, undefined, { name: "GenericResponseError", message: "Outlook couldn't get the message body. Try again.", code: 9020 }); }
        answer(call, coercionType === CoercionType.Html ? state.html : textOf(state.html));
      },
      getTypeAsync: function () { var call = tail(arguments); call.name = "body.getTypeAsync"; answer(call, CoercionType.Html); },
    };
    if (compose) {
      b.setAsync = function (data) {
        var call = tail(arguments); call.name = "body.setAsync";
        if (typeof data !== "string") return answer(call, undefined, invalid("data"));
        state.html = data; captured.bodyWrites.push({ kind: "set", data: data }); answer(call);
      };
      b.setSelectedDataAsync = function (data) {
        var call = tail(arguments); call.name = "body.setSelectedDataAsync";
        if (typeof data !== "string") return answer(call, undefined, invalid("data"));
        state.html = state.html + data; captured.bodyWrites.push({ kind: "selection", data: data }); answer(call);
      };
      b.prependAsync = function (data) {
        var call = tail(arguments); call.name = "body.prependAsync";
        state.html = data + state.html; captured.bodyWrites.push({ kind: "prepend", data: data }); answer(call);
      };
    }
    return b;
  }

  function recipients(list) {
    return {
      getAsync: function () { var call = tail(arguments); call.name = "recipients.getAsync"; answer(call, list.map(address)); },
      setAsync: function (next) { var call = tail(arguments); call.name = "recipients.setAsync"; list.splice(0, list.length); next.forEach(function (r) { list.push(typeof r === "string" ? { address: r } : { name: r.displayName, address: r.emailAddress }); }); answer(call); },
      addAsync: function (more) { var call = tail(arguments); call.name = "recipients.addAsync"; more.forEach(function (r) { list.push(typeof r === "string" ? { address: r } : { name: r.displayName, address: r.emailAddress }); }); answer(call); },
    };
  }

  function readItem(m) {
    var state = { html: m.html };
    var item = {
      itemType: "message",
      itemId: m.itemId || "AAMkAD-item",
      internetMessageId: m.internetMessageId,
      conversationId: m.conversationId,
      subject: m.subject,
      normalizedSubject: String(m.subject).replace(/^((re|fw|fwd):\s*)+/i, ""),
      dateTimeCreated: new Date(m.sentAt),
      dateTimeModified: new Date(m.sentAt),
      from: address(m.from),
      sender: address(m.from),
      to: (m.to || []).map(address),
      cc: (m.cc || []).map(address),
      body: body(state, false),
      displayReplyAllForm: function (formData) {
        if (typeof formData !== "string" && !(formData && typeof formData === "object")) throw new Error("Sys.ArgumentException: formData");
        captured.replyAll.push({ api: "displayReplyAllForm", htmlBody: typeof formData === "string" ? formData : formData.htmlBody });
      },
      displayReplyForm: function () { throw new Error("The pane should open reply-all, not reply."); },
    };
    if (supports("1.9"))
      item.displayReplyAllFormAsync = function (formData) {
        var call = tail(arguments); call.name = "displayReplyAllFormAsync";
        if (!formData || typeof formData !== "object" && typeof formData !== "string") return answer(call, undefined, invalid("formData"));
        var html = typeof formData === "string" ? formData : formData.htmlBody;
        if (html && html.length > 32 * 1024) return answer(call, undefined, { name: "DataExceedsMaximumSize", message: "The data exceeds the maximum size.", code: 1000 });
        captured.replyAll.push({ api: "displayReplyAllFormAsync", htmlBody: html });
        answer(call);
      };
    return item;
  }

  function composeItem(m) {
    var state = { html: m.html, subject: m.subject };
    captured.compose = state;
    return {
      itemType: "message",
      subject: {
        getAsync: function () { var call = tail(arguments); call.name = "subject.getAsync"; answer(call, state.subject); },
        setAsync: function (s) { var call = tail(arguments); call.name = "subject.setAsync"; state.subject = s; answer(call); },
      },
      to: recipients(m.to || []),
      cc: recipients(m.cc || []),
      body: body(state, true),
      conversationId: m.conversationId || null,
    };
  }

  var mailbox = fixture && {
    userProfile: { displayName: fixture.me.name, emailAddress: fixture.me.address, timeZone: "Eastern Standard Time", accountType: "enterprise" },
    diagnostics: { hostName: "OutlookWebApp", hostVersion: "16.0" },
    item: fixture.mode === "compose" ? composeItem(fixture.item) : readItem(fixture.item),
    displayNewAppointmentForm: function (parameters) {
      if (!parameters || typeof parameters !== "object") throw new Error("Sys.ArgumentException: parameters");
      if (parameters.body && parameters.body.length > 32 * 1024) throw new Error("Sys.ArgumentException: body is too long");
      captured.appointments.push(JSON.parse(JSON.stringify(parameters)));
    },
    // addHandlerAsync(eventType, handler, [options], [callback]): the handler is positional, not the callback.
    addHandlerAsync: function (eventType, handler) {
      var call = tail(Array.prototype.slice.call(arguments, 2)); call.name = "addHandlerAsync";
      if (eventType !== EventType.ItemChanged) return answer(call, undefined, invalid("eventType"));
      if (typeof handler !== "function") return answer(call, undefined, invalid("handler"));
      captured.handlers = (captured.handlers || 0) + 1;
      answer(call);
    },
  };
  if (mailbox && supports("1.6"))
    mailbox.displayNewMessageForm = function (parameters) { captured.newMessages.push(JSON.parse(JSON.stringify(parameters))); };

  var context = {
    mailbox: mailbox || undefined,
    requirements: { isSetSupported: function (name, version) { return !!fixture && name === "Mailbox" && supports(version || "1.1"); } },
    officeTheme: fixture ? { bodyBackgroundColor: "#ffffff", bodyForegroundColor: "#000000" } : undefined,
    displayLanguage: "en-US",
  };

  var info = fixture ? { host: HostType.Outlook, platform: "OfficeOnline" } : { host: null, platform: null };
  var ready = new Promise(function (resolve) { setTimeout(function () { resolve(info); }, latency); });

  window.Office = {
    AsyncResultStatus: AsyncResultStatus,
    CoercionType: CoercionType,
    HostType: HostType,
    EventType: EventType,
    context: context,
    onReady: function (callback) { return ready.then(function (i) { if (callback) callback(i); return i; }); },
  };
})();
