"""Standalone bodies: answers to an agent question, with little or no cue. Every text is unique."""
T = {}
T[("nl", "chat", "bare")] = r"""
{T:otp}
---
{T:pin}
---
{T:customer_number}
---
is {T:puk}
---
{T:customer_number} en postcode weet u al
---
het is {T:pin} 👍
---
oh wacht {T:otp}
"""
T[("nl-be", "chat", "bare")] = r"""
{T:otp} is de code
---
ja, {T:customer_number}
---
da is {T:pin} normaal
---
{T:puk}
"""
T[("fr-be", "chat", "bare")] = r"""
{T:otp} !
---
{T:customer_number} voilà
---
c'est {T:pin}
---
{T:puk} normalement
---
euh {T:date_of_birth}
"""
T[("en-gb", "chat", "bare")] = r"""
{T:pin} x
---
{T:customer_number} I believe
---
it's {T:puk}
---
{T:date_of_birth}
"""
T[("en-us", "chat", "bare")] = r"""
{T:otp} there ya go
---
yep {T:customer_number}
---
its {T:pin}
"""
T[("en-x", "chat", "bare")] = r"""
{T:otp}.
---
{T:customer_number} I think?
---
{T:bsn:bsn}
"""
