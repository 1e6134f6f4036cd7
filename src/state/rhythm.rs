//! The team's rhythm without a server: the weekly check-in as a calendar file, and this
//! week's update written for the team to paste where it talks.

use super::AppState;
use crate::domain::display::fmt_date;
use crate::domain::weekly_update::{weekly_update, WeeklyUpdate};
use crate::format::ics::{first_day, weekly_check_in_ics, Reminder};
use chrono::{Days, Local, LocalResult, NaiveTime, TimeZone, Weekday};

/// A reminder file ready to download, and what the person should know about it.
pub struct ReminderFile {
    pub name: String,
    pub text: String,
    /// When the first reminder is, and any day the clocks skip the chosen time.
    pub said: String,
}

impl AppState {
    /// The open plan's weekly check-in as an .ics file, or why there is none.
    pub fn reminder_file(
        &self,
        weekday: Weekday,
        time: NaiveTime,
        app_url: &str,
    ) -> Result<ReminderFile, String> {
        let today = Self::today();
        let now = chrono::Utc::now();
        self.with_plan_untracked(|p| {
            let plan = p.ok_or("Open a plan first: the reminder is for its check-ins.")?;
            let reminder = Reminder {
                weekday,
                time,
                app_url: app_url.to_string(),
                alarm_minutes: 15,
            };
            let text =
                weekly_check_in_ics(plan, &reminder, today, now).map_err(|e| e.to_string())?;
            let first = first_day(plan, weekday, today);
            let mut said = format!(
                "The first reminder is on {} at {}, then every week until {}.",
                fmt_date(first),
                time.format("%H:%M"),
                fmt_date(plan.period.end)
            );
            // Days the clocks skip that time here: the calendar moves the reminder, and says
            // so less clearly than we can.
            let mut day = first;
            while day <= plan.period.end {
                if let LocalResult::None = Local.from_local_datetime(&day.and_time(time)) {
                    said.push_str(&format!(
                        " On {} the clocks skip {}: that week's reminder comes an hour later.",
                        fmt_date(day),
                        time.format("%H:%M")
                    ));
                }
                day = day + Days::new(7);
            }
            let name = crate::format::reminder_file_name(plan);
            Ok(ReminderFile { name, text, said })
        })
    }

    /// This week's update of the open plan.
    pub fn weekly_update(&self) -> Option<WeeklyUpdate> {
        self.with_plan_untracked(|p| p.map(|p| weekly_update(p, Self::today())))
    }
}
