/** Refusals from the abuse limits (sign-in requests, link guessing). */
export const security = {
  "limit.title": "Too many attempts",
  "limit.signin":
    "Too many sign-in requests came from here. Wait {minutes, plural, one {# minute} other {# minutes}} and try again.",
  // Invitation links and declining: what a link may do, and the decline confirmation.
  "invite.join": "Join the forum",
  "invite.joinBody":
    "You are signed in as {name}. Joining adds this forum to your account; nothing else changes.",
  "invite.signInFirst":
    "This address already has an account. To protect it, an invitation link never signs anyone in to an existing account. Sign in with a link sent to your own address, then open this invitation again to join.",
  "invite.signInFirstAction": "E-mail me a sign-in link",
  "invite.wrongAccount":
    "You are signed in as {current}, but this invitation is for another account. Nothing has been joined. Sign out, then open this invitation again.",
  "invite.signOut": "Sign out",
  "invite.decline.title": "Decline this invitation?",
  "invite.decline.body":
    "Declining ends this link and every other invitation link sent to you for {forum}, and the organisers are told by e-mail. You cannot undo it yourself: to join later, ask the organisers to invite you again.",
  "invite.decline.confirm": "Yes, decline the invitation",
  "invite.decline.cancel": "Back to the invitation",
  "invite.declinedMail.subject": "{name} declined the invitation to {forum}",
  "invite.declinedMail.body":
    "{name} declined the invitation to {forum}. Their invitation links no longer work. You can invite them again from the Panel page.",
  "invite.declinedMail.action": "Open the panel",
  "limit.link":
    "Too many sign-in links that did not work were tried from here. Wait {minutes, plural, one {# minute} other {# minutes}} and try again.",
} as const;
